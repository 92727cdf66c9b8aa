import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { appUrl } from "@/lib/email/mail-config";
import { sendEmail } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getAllyRoomOrThrow } from "../get-room-or-throw";
import { newGuestInviteToken } from "./guest-invite-token";
import { guestInvitePath } from "./guest-rules";
import type { InviteGuestInput } from "./guest-schemas";
import { renderGuestInviteEmail } from "./render-guest-invite-email";

export type GuestInviteDelivery = "sent" | "dev-mailbox" | "mail-off" | "failed";
export type GuestInviteResult = { guestId: string; inviteUrl: string; expiresAt: string; delivery: GuestInviteDelivery };

/**
 * Invites someone outside the platform into the room by email, or sends a known guest a new link
 * (which also ends their current session and takes the new permissions). The link is shown to the
 * developer once as well, so a mail that does not arrive does not strand the invite.
 */
export async function inviteRoomGuest(actor: Actor, input: InviteGuestInput): Promise<GuestInviteResult> {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  if (room.status !== "open") throw new AppError("INVALID_TRANSITION", "Reopen the room before inviting anyone.");
  const colleague = await db.user.findFirst({ where: { email: { equals: input.email, mode: "insensitive" }, orgId: actor.org.id }, select: { id: true } });
  if (colleague)
    throw new AppError("VALIDATION", "That address belongs to someone in your organisation: they already see the room.", {
      fieldErrors: { email: ["Already in your organisation."] },
    });
  const { token, hash } = newGuestInviteToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  const permissions = { accessLevel: input.accessLevel, canSeeFinancial: input.canSeeFinancial };
  const guest = await auditedWrite(actor, async (tx) => {
    const before = await tx.dealRoomGuest.findUnique({ where: { dealRoomId_email: { dealRoomId: room.id, email: input.email } }, select: { id: true } });
    const invite = { inviteTokenHash: hash, inviteExpiresAt: expiresAt, invitedBy: actor.user.id, invitedAt: now, ...permissions };
    const row = await tx.dealRoomGuest.upsert({
      where: { dealRoomId_email: { dealRoomId: room.id, email: input.email } },
      create: { dealRoomId: room.id, orgId: actor.org.id, email: input.email, ...invite },
      update: { ...invite, redeemedAt: null, redeemedIp: null, removedAt: null },
    });
    await emit(tx, "deal_room.guest_invited", { orgId: actor.org.id, dealRoomId: room.id, projectId: room.projectId, guestId: row.id });
    return {
      result: row,
      audit: {
        action: "deal_room.guest_invited",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { after: { name: room.name, guestEmail: input.email, ...permissions, expiresAt: expiresAt.toISOString(), reinvited: before !== null } },
      },
    };
  });
  const inviteUrl = appUrl(guestInvitePath(token));
  return { guestId: guest.id, inviteUrl, expiresAt: expiresAt.toISOString(), delivery: await mailInvite(actor, room, input.email, inviteUrl, expiresAt) };
}

async function mailInvite(
  actor: Actor,
  room: { projectId: string; name: string; ndaRequired: boolean },
  to: string,
  url: string,
  expiresAt: Date,
): Promise<GuestInviteDelivery> {
  const project = await db.project.findFirst({ where: { id: room.projectId, orgId: actor.org.id }, select: { name: true } });
  const email = await renderGuestInviteEmail({
    to,
    allyOrgName: actor.org.name,
    inviterName: actor.user.fullName,
    roomName: room.name,
    projectName: project?.name ?? "a project",
    url,
    expiresAt,
    ndaRequired: room.ndaRequired,
  });
  try {
    const sent = await sendEmail(email);
    return sent.delivered === "off" ? "mail-off" : sent.delivered === "smtp" ? "sent" : "dev-mailbox";
  } catch (error) {
    // The invite stands (its link is shown to the developer); only the mail failed.
    console.error("[deal-rooms] guest invite mail failed:", error);
    return "failed";
  }
}
