import { parseAccessLogQuery } from "@/lib/dataroom/access-log-query";
import { exportAccessLogsCsv } from "@/lib/dataroom/export-access-logs-csv";
import { requireRouteActor } from "@/lib/dataroom/require-route-actor";
import { toErrorResponse } from "@/lib/errors/to-error-response";

/** The project's data room access log as CSV, with the page's filters (`audit.read`: managers and admins). */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string }> }) {
  try {
    const actor = await requireRouteActor(request, "audit.read");
    const { projectId } = await params;
    const body = await exportAccessLogsCsv(actor, projectId, parseAccessLogQuery(new URL(request.url).searchParams));
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="dataroom-access-log-${stamp}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
