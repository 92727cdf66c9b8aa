import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { ndaSha256 } from "../nda-sha256";
import { readGuestSession } from "./guest-session";

/**
 * The room of a guest session: the cookie is authentic and for this room, the guest has not been
 * removed nor sent a newer link (the redemption time must match), and the room is open. Anything
 * else reads as an unknown room, so a cookie never tells which rooms exist.
 */
export async function getGuestRoomOrThrow(sessionCookie: string | undefined, roomId: string) {
  const claims = looksLikeUuid(roomId) ? await readGuestSession(sessionCookie, roomId) : null;
  const guest = claims
    ? await db.dealRoomGuest.findFirst({
        where: { id: claims.guestId, dealRoomId: roomId, removedAt: null, redeemedAt: claims.redeemedAt, dealRoom: { status: "open" } },
        include: { dealRoom: { include: { project: { select: { name: true } }, allyOrg: { select: { name: true } } } } },
      })
    : null;
  if (!guest) throw notFound("Deal room");
  const { dealRoom: room, ...rest } = guest;
  return { room, guest: rest };
}

/** Whether the guest accepted the room's current NDA text (the developer may have changed it since they joined). */
export async function guestHasAcceptedCurrentNda(guestId: string, room: { id: string; ndaRequired: boolean; ndaText: string }): Promise<boolean> {
  if (!room.ndaRequired) return true;
  const accepted = await db.ndaAcceptance.findFirst({ where: { dealRoomId: room.id, guestId, ndaSha256: ndaSha256(room.ndaText) }, select: { id: true } });
  return accepted !== null;
}
