import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getEligibleInvestorOrThrow } from "./eligible-investors";
import type { OpenDealRoomInput } from "./schemas";

/** Opens a room on one of the ally's projects with its first member org, an investor it is connected with. */
export async function openDealRoom(actor: Actor, input: OpenDealRoomInput) {
  const project = await getProjectOrThrow(actor, input.projectId);
  return auditedWrite(actor, async (tx) => {
    const investor = await getEligibleInvestorOrThrow(tx, actor, project.id, input.investorOrgId);
    const room = await tx.dealRoom.create({
      data: {
        projectId: project.id,
        allyOrgId: actor.org.id,
        name: input.name,
        ndaRequired: input.ndaRequired,
        ndaText: input.ndaText,
        createdBy: actor.user.id,
        members: { create: { orgId: investor.id, invitedBy: actor.user.id, accessLevel: input.accessLevel, canSeeFinancial: input.canSeeFinancial } },
      },
    });
    await emit(tx, "deal_room.opened", { orgId: actor.org.id, dealRoomId: room.id, projectId: project.id, investorOrgId: investor.id });
    const after = { name: room.name, projectId: project.id, ndaRequired: room.ndaRequired };
    const member = { name: room.name, memberOrgId: investor.id, memberOrgName: investor.name, accessLevel: input.accessLevel, canSeeFinancial: input.canSeeFinancial };
    return {
      result: room,
      audit: [
        { action: "deal_room.opened", entityType: "DealRoom", entityId: room.id, changes: { after } },
        { action: "deal_room.member_invited", entityType: "DealRoom", entityId: room.id, changes: { after: member } },
      ],
    };
  });
}
