import { requireTenantContext } from "@/lib/auth/get-tenant-context";
import { assertAccess } from "@/lib/access/assert-access";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { contentDisposition } from "@/lib/utils/content-disposition";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { projectsAccess } from "@/lib/projects/access";
import { exportProjectsCsv } from "@/lib/projects/export-projects-csv";
import { parseListProjectsQuery } from "@/lib/projects/list-projects-query";

/** GET /api/projects/export?<the list's filters>: the filtered projects of the session's org, as CSV. */
export async function GET(request: Request) {
  try {
    const tenant = await requireTenantContext();
    assertAccess(tenant, projectsAccess.export);
    const limit = await assertWithinRateLimit(tenant, "export");
    const query = parseListProjectsQuery(new URL(request.url).searchParams);
    const csv = await exportProjectsCsv(tenant, query);
    const filename = `${tenant.org.slug}-projects-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", filename),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        ...rateLimitHeaders(limit),
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
