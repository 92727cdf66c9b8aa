import { requireRouteAccess } from "@/lib/access/require-route-access";
import { downloadErrorResponse } from "@/lib/dataroom/download-error-response";
import { fileResponse } from "@/lib/dataroom/file-response";
import { dealRoomsAccess } from "@/lib/deal-rooms/access";
import { readRoomDocument } from "@/lib/deal-rooms/read-room-document";
import { assertWithinRateLimit } from "@/lib/rate-limit/assert-within-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";

/** A document of a deal room, for a member investor; `?inline=1` views it (a download needs the download permission). Logged in the ally's access log. */
export async function GET(request: Request, { params }: { params: Promise<{ roomId: string; documentId: string }> }) {
  const { roomId, documentId } = await params;
  try {
    const actor = await requireRouteAccess(request, dealRoomsAccess.read);
    const inline = new URL(request.url).searchParams.get("inline") === "1";
    const limit = await assertWithinRateLimit(actor, "download");
    return fileResponse(await readRoomDocument(actor, roomId, documentId, { inline }), { inline, headers: rateLimitHeaders(limit) });
  } catch (error) {
    return downloadErrorResponse(request, error, `/deal-rooms/${roomId}`);
  }
}
