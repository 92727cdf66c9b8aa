import { auditedWrite } from "@/lib/audit/audited-write";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-user-sessions";
import { assertSeatAvailable } from "./assert-seat-available";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertAnotherActiveAdmin } from "./assert-another-active-admin";
import { assertLocalMembership } from "./assert-local-membership";
import { getMemberOrThrow } from "./get-member-or-throw";
import type { SetMemberActiveInput } from "./schemas";
import { toMemberDto } from "./to-member-dto";

/**
 * Deactivates or reactivates a member. A deactivated user keeps their history (audit rows name
 * them) but can no longer sign in: the tenant context only loads active users.
 */
export async function setMemberActive(actor: Actor, input: SetMemberActiveInput) {
  assertLocalMembership();
  return auditedWrite(actor, async (tx) => {
    const member = await getMemberOrThrow(tx, actor.org.id, input.userId);
    if (member.id === actor.user.id) {
      throw new AppError("FORBIDDEN", "You can't deactivate yourself: ask another admin to do it.");
    }
    if (member.isActive === input.isActive) return { result: toMemberDto(member), audit: [] };
    if (!input.isActive && member.role === "admin") await assertAnotherActiveAdmin(tx, actor.org, member.id);
    if (input.isActive) await assertSeatAvailable(tx, actor.org.id);

    const { count } = await tx.user.updateMany({ where: { id: member.id, orgId: actor.org.id }, data: { isActive: input.isActive } });
    if (count === 0) throw notFound("Member");
    if (!input.isActive) await revokeUserSessions(tx, member.id, "deactivated");
    return {
      result: toMemberDto({ ...member, isActive: input.isActive }),
      audit: {
        action: input.isActive ? "user.reactivated" : "user.deactivated",
        entityType: "User",
        entityId: member.id,
        changes: { before: { isActive: member.isActive }, after: { isActive: input.isActive } },
      },
    };
  });
}
