import { requireRouteAccess } from "@/lib/access/require-route-access";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { qaAccess } from "@/lib/qa/access";
import { exportQuestionsXlsx } from "@/lib/qa/export-questions-xlsx";
import { listQuestionsQuerySchema } from "@/lib/qa/schemas";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { contentDisposition } from "@/lib/utils/content-disposition";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The URL as the page's searchParams: a key given once is a string, a repeated one (?status=open&status=answered) a list. */
function searchParamsRecord(params: URLSearchParams): Record<string, string | string[]> {
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key).length === 1 ? params.get(key)! : params.getAll(key)]));
}

/** GET /api/qa/export?<the Q&A table's filters>: the questions the session's org sees, as a workbook. */
export async function GET(request: Request) {
  try {
    const actor = await requireRouteAccess(request, qaAccess.read);
    const limit = await assertWithinRateLimit(actor, "export");
    const query = listQuestionsQuerySchema.parse(searchParamsRecord(new URL(request.url).searchParams));
    const { buffer } = await exportQuestionsXlsx(actor, query);
    const filename = `qa-${actor.org.slug}-${new Date().toISOString().slice(0, 10)}.xlsx`;
    return new Response(buffer, {
      headers: {
        "Content-Type": XLSX_TYPE,
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
