import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-user-sessions";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertAnotherActiveAdmin } from "./assert-another-active-admin";
import { assertLocalMembership } from "./assert-local-membership";
import { getMemberOrThrow } from "./get-member-or-throw";
import type { ChangeMemberRoleInput } from "./schemas";
import { toMemberDto } from "./to-member-dto";

export async function changeMemberRole(actor: Actor, input: ChangeMemberRoleInput) {
  assertLocalMembership();
  return auditedWrite(actor, async (tx) => {
    const member = await getMemberOrThrow(tx, actor.org.id, input.userId);
    if (member.id === actor.user.id) {
      throw new AppError("FORBIDDEN", "You can't change your own role: ask another admin to do it.");
    }
    if (member.role === input.role) return { result: toMemberDto(member), audit: [] };
    if (member.role === "admin" && member.isActive) await assertAnotherActiveAdmin(tx, actor.org, member.id);

    const { count } = await tx.user.updateMany({ where: { id: member.id, orgId: actor.org.id }, data: { role: input.role } });
    if (count === 0) throw notFound("Member");
    // The member signs in again under the new role rather than carrying the old one's pages open.
    await revokeUserSessions(tx, member.id, "role-changed");
    return {
      result: toMemberDto({ ...member, role: input.role }),
      audit: {
        action: "user.role_changed",
        entityType: "User",
        entityId: member.id,
        changes: diffChanges({ role: member.role }, { role: input.role }),
      },
    };
  });
}
