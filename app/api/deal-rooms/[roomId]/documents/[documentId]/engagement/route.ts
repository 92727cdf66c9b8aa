import { requireRouteAccess } from "@/lib/access/require-route-access";
import { assertSameOrigin } from "@/lib/auth/assert-same-origin";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { parseEngagementBatch } from "@/lib/deal-rooms/engagement/parse-engagement-batch";
import { recordPageViews } from "@/lib/deal-rooms/engagement/record-page-views";
import { toErrorResponse } from "@/lib/errors/to-error-response";

/**
 * The viewer's beacon: visible time per page of a room's document since its last one. Sent with
 * navigator.sendBeacon, so the body is JSON whatever the content type says (text/plain, as a
 * beacon sends a string). 204 when recorded; nothing is written otherwise.
 *
 * No rate-limit bucket: a beacon adds at most what clampBatch and the wall-clock cap in
 * recordPageViews allow, however often it comes, and the limiter's own query would cost as much as
 * the recording (npm run bench: under 5 ms p95 for the whole of it).
 */
export async function POST(request: Request, { params }: { params: Promise<{ roomId: string; documentId: string }> }) {
  const { roomId, documentId } = await params;
  try {
    assertSameOrigin(request);
    const actor = await requireRouteAccess(request, dealRoomsAccess.read);
    const batch = await parseEngagementBatch(request);
    await recordPageViews(actor, roomId, documentId, batch);
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
