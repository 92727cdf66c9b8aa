import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getEligibleInvestorOrThrow } from "./eligible-investors";
import { getAllyRoomOrThrow } from "./get-room-or-throw";
import type { InviteMemberInput } from "./schemas";

/**
 * Invites an investor org into the room with its permissions, or changes the permissions of a
 * member, or brings back a removed one (its earlier NDA acceptances still count for the same text).
 */
export async function inviteRoomMember(actor: Actor, input: InviteMemberInput) {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  if (room.status !== "open") throw new AppError("INVALID_TRANSITION", "Reopen the room before inviting anyone.");
  return auditedWrite(actor, async (tx) => {
    const investor = await getEligibleInvestorOrThrow(tx, actor, room.projectId, input.orgId);
    const before = await tx.dealRoomMember.findUnique({ where: { dealRoomId_orgId: { dealRoomId: room.id, orgId: investor.id } } });
    const permissions = { accessLevel: input.accessLevel, canSeeFinancial: input.canSeeFinancial };
    const member = await tx.dealRoomMember.upsert({
      where: { dealRoomId_orgId: { dealRoomId: room.id, orgId: investor.id } },
      create: { dealRoomId: room.id, orgId: investor.id, invitedBy: actor.user.id, ...permissions },
      update: { ...permissions, removedAt: null, ...(before?.removedAt ? { invitedBy: actor.user.id } : {}) },
    });
    await emit(tx, "deal_room.member_invited", { orgId: actor.org.id, dealRoomId: room.id, projectId: room.projectId, memberOrgId: investor.id });
    const names = { name: room.name, memberOrgId: investor.id, memberOrgName: investor.name };
    const current = before && !before.removedAt;
    return {
      result: member,
      audit: current
        ? {
            action: "deal_room.member_updated",
            entityType: "DealRoom",
            entityId: room.id,
            changes: { before: { ...names, accessLevel: before.accessLevel, canSeeFinancial: before.canSeeFinancial }, after: { ...names, ...permissions } },
          }
        : { action: "deal_room.member_invited", entityType: "DealRoom", entityId: room.id, changes: { after: { ...names, ...permissions } } },
    };
  });
}

/** The org loses access at once; its row and NDA acceptances stay as the room's history. */
export async function removeRoomMember(actor: Actor, input: { roomId: string; orgId: string }) {
  const room = await getAllyRoomOrThrow(actor, input.roomId);
  return auditedWrite(actor, async (tx) => {
    const member = await tx.dealRoomMember.findFirst({
      where: { dealRoomId: room.id, orgId: input.orgId, removedAt: null },
      include: { org: { select: { name: true } } },
    });
    if (!member) throw notFound("Member");
    await tx.dealRoomMember.update({ where: { id: member.id }, data: { removedAt: new Date() } });
    return {
      result: { orgId: member.orgId },
      audit: {
        action: "deal_room.member_removed",
        entityType: "DealRoom",
        entityId: room.id,
        changes: { before: { name: room.name, memberOrgId: member.orgId, memberOrgName: member.org.name } },
      },
    };
  });
}
