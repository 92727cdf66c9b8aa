import { auditedWrite } from "@/lib/audit/audited-write";
import { guestActor } from "@/lib/auth/actor";
import type { RequestMeta } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { ndaSha256 } from "../nda-sha256";
import { hashGuestInviteToken, looksLikeGuestInviteToken } from "./guest-invite-token";
import type { RedeemGuestInviteInput } from "./guest-schemas";
import { signGuestSession } from "./guest-session";

/**
 * The guest uses their link: they type their name (and accept the NDA where the room requires one,
 * recorded with time, IP and the hash of the exact text). The link works once: the claim is one
 * conditional update, so two tabs submitting at the same instant get one session and one refusal.
 */
export async function redeemGuestInvite(input: RedeemGuestInviteInput, request: RequestMeta) {
  const tokenHash = looksLikeGuestInviteToken(input.token) ? hashGuestInviteToken(input.token) : null;
  const guest = tokenHash
    ? await db.dealRoomGuest.findUnique({ where: { inviteTokenHash: tokenHash }, include: { dealRoom: { include: { allyOrg: { select: { name: true } } } } } })
    : null;
  if (!tokenHash || !guest) throw notFound("Invitation");
  const room = guest.dealRoom;
  const askFor = `Ask ${room.allyOrg.name} for a new invitation.`;
  const now = new Date();
  if (guest.removedAt || room.status !== "open") throw new AppError("INVALID_TRANSITION", `This invitation was withdrawn. ${askFor}`);
  if (guest.redeemedAt) throw usedError(askFor);
  if (guest.inviteExpiresAt <= now) throw new AppError("INVALID_TRANSITION", `This invitation expired on ${guest.inviteExpiresAt.toISOString().slice(0, 10)}. ${askFor}`);
  const hash = room.ndaRequired ? ndaSha256(room.ndaText) : null;
  if (hash) {
    if (!room.ndaText.trim()) throw new AppError("INVALID_TRANSITION", "The developer has not written this room's NDA yet, so it cannot be accepted.");
    if (input.ndaSha256 !== hash) throw new AppError("STALE_WRITE", "The NDA changed while you were reading it. Read the new text and accept again.");
  }
  const typedName = input.typedName.trim();
  const actor = guestActor(guest.orgId, guest, request);
  await auditedWrite(actor, async (tx) => {
    const { count } = await tx.dealRoomGuest.updateMany({
      where: { id: guest.id, inviteTokenHash: tokenHash, redeemedAt: null, removedAt: null, inviteExpiresAt: { gt: now }, dealRoom: { status: "open" } },
      data: { redeemedAt: now, redeemedIp: request.ipAddress?.slice(0, 45) ?? null, name: typedName },
    });
    if (count === 0) throw usedError(askFor);
    // A guest sent a new link who accepted this very text before keeps that acceptance.
    const accepted = hash
      ? await tx.ndaAcceptance.findUnique({ where: { dealRoomId_guestId_ndaSha256: { dealRoomId: room.id, guestId: guest.id, ndaSha256: hash } } })
      : null;
    if (hash && !accepted) {
      await tx.ndaAcceptance.create({
        data: {
          dealRoomId: room.id,
          guestId: guest.id,
          orgId: guest.orgId,
          typedName,
          ip: request.ipAddress?.slice(0, 45) ?? null,
          userAgent: request.userAgent?.slice(0, 500) ?? null,
          ndaSha256: hash,
        },
      });
    }
    await emit(tx, "deal_room.guest_joined", { orgId: guest.orgId, dealRoomId: room.id, projectId: room.projectId, guestId: guest.id });
    return {
      result: null,
      audit: {
        action: "deal_room.guest_joined",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { after: { name: room.name, guestEmail: guest.email, guestName: typedName, ndaSha256: hash } },
      },
    };
  });
  return { roomId: room.id, session: await signGuestSession({ guestId: guest.id, roomId: room.id, redeemedAt: now }) };
}

const usedError = (askFor: string) => new AppError("CONFLICT", `This invitation link has already been used. Each link opens the room once, on one browser. ${askFor}`);
