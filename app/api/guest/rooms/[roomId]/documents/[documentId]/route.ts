import { requestMetaFrom } from "@/lib/auth/request-meta";
import { downloadErrorResponse } from "@/lib/dataroom/download-error-response";
import { fileResponse } from "@/lib/dataroom/file-response";
import { guestCookieName, guestRoomPath } from "@/lib/deal-rooms/guests/guest-rules";
import { readGuestRoomDocument } from "@/lib/deal-rooms/guests/read-guest-room-document";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { readCookie } from "@/lib/utils/read-cookie";

/**
 * Public (no session): a deal-room document for the room's outside guest, whose signed cookie is
 * the credential; `?inline=1` views it, a download needs the download permission. Counted per
 * address (a watermarked copy costs CPU), logged in the developer's access log.
 */
export async function GET(request: Request, { params }: { params: Promise<{ roomId: string; documentId: string }> }) {
  const { roomId, documentId } = await params;
  try {
    const meta = requestMetaFrom(request.headers);
    const limit = await consumeRateLimit("share-download", { ip: meta.ipAddress });
    const inline = new URL(request.url).searchParams.get("inline") === "1";
    const cookie = readCookie(request.headers, guestCookieName(roomId));
    const file = await readGuestRoomDocument(cookie, roomId, documentId, { inline, request: meta });
    return fileResponse(file, { inline, headers: { "referrer-policy": "no-referrer", "x-robots-tag": "noindex", ...rateLimitHeaders(limit) } });
  } catch (error) {
    return downloadErrorResponse(request, error, guestRoomPath(roomId));
  }
}
