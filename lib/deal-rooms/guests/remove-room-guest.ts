import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { getAllyRoomOrThrow } from "../get-room-or-throw";

/** The guest loses access at once (their link and session stop working); the row and their NDA acceptances stay as history. */
export async function removeRoomGuest(actor: Actor, input: { roomId: string; guestId: string }) {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  return auditedWrite(actor, async (tx) => {
    const guest = await tx.dealRoomGuest.findFirst({ where: { id: input.guestId, dealRoomId: room.id, orgId: actor.org.id, removedAt: null } });
    if (!guest) throw notFound("Guest");
    await tx.dealRoomGuest.update({ where: { id: guest.id }, data: { removedAt: new Date() } });
    return {
      result: { guestId: guest.id },
      audit: {
        action: "deal_room.guest_removed",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { before: { name: room.name, guestEmail: guest.email, guestName: guest.name } },
      },
    };
  });
}
