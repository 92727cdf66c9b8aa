import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getMemberRoomOrThrow } from "./get-room-or-throw";
import { ndaSha256 } from "./nda-sha256";
import type { AcceptNdaInput } from "./schemas";

/**
 * The member user accepts the room's NDA by typing their full name. The row records who, when,
 * from which IP and the SHA-256 of the exact text accepted; the text the user read must still be
 * the room's (the ally may have changed it meanwhile).
 */
export async function acceptNda(actor: Actor, input: AcceptNdaInput) {
  const { room, member } = await getMemberRoomOrThrow(actor, input.roomId);
  if (!room.ndaRequired) throw new AppError("VALIDATION", "This room does not require an NDA.");
  // Rooms opened before NDA texts were stored require one with no text: nothing to sign until the developer writes it.
  if (!room.ndaText.trim()) throw new AppError("INVALID_TRANSITION", "The developer has not written this room's NDA yet, so it cannot be accepted.");
  const typedName = input.typedName.trim();
  if (!typedName) throw new AppError("VALIDATION", "Type your full name to accept the NDA.");
  const hash = ndaSha256(room.ndaText);
  if (input.ndaSha256 !== hash) throw new AppError("STALE_WRITE", "The NDA changed while you were reading it. Read the new text and accept again.");
  return auditedWrite(actor, async (tx) => {
    const existing = await tx.ndaAcceptance.findUnique({ where: { dealRoomId_userId_ndaSha256: { dealRoomId: room.id, userId: actor.user.id, ndaSha256: hash } } });
    if (existing) throw new AppError("CONFLICT", "You have already accepted this NDA.");
    const acceptance = await tx.ndaAcceptance.create({
      data: {
        dealRoomId: room.id,
        userId: actor.user.id,
        orgId: actor.org.id,
        typedName,
        ip: actor.request.ipAddress?.slice(0, 45) ?? null,
        userAgent: actor.request.userAgent?.slice(0, 500) ?? null,
        ndaSha256: hash,
      },
    });
    await tx.dealRoomMember.update({ where: { id: member.id }, data: { ndaAcceptedAt: acceptance.acceptedAt } });
    await emit(tx, "deal_room.nda_accepted", {
      orgId: actor.org.id,
      dealRoomId: room.id,
      projectId: room.projectId,
      allyOrgId: room.allyOrgId,
      acceptanceId: acceptance.id,
      ndaSha256: hash,
    });
    return {
      result: acceptance,
      audit: { action: "deal_room.nda_accepted", entityType: "DealRoom", entityId: room.id, changes: { after: { name: room.name, typedName, ndaSha256: hash } } },
    };
  });
}
