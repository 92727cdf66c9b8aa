import { toErrorResponse } from "@/lib/errors/to-error-response";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { contentDisposition } from "@/lib/utils/content-disposition";
import { parseAccessLogQuery } from "./access-log-query";
import { exportAccessLogsCsv } from "./export-access-logs-csv";
import { requireRouteAccess } from "@/lib/access/require-route-access";
import { dataroomAccess } from "./access";
import type { RoomRef } from "./rooms/room-ref";

/** The CSV download both room kinds' routes answer with. */
export async function exportAccessLogCsvResponse(request: Request, room: RoomRef): Promise<Response> {
  try {
    const actor = await requireRouteAccess(request, dataroomAccess.accessLog);
    const limit = await assertWithinRateLimit(actor, "export");
    const body = await exportAccessLogsCsv(actor, room, parseAccessLogQuery(new URL(request.url).searchParams));
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": contentDisposition("attachment", `dataroom-access-log-${stamp}.csv`),
        "cache-control": "private, no-store",
        ...rateLimitHeaders(limit),
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
