import { TIERS, tierAtLeast } from "@/lib/access/tiers";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { lockOrgForUpdate } from "@/lib/org-settings/lock-org-for-update";
import { platformAuditedWrite } from "./platform-audited-write";
import type { ChangeOrgTierInput } from "./schemas";

/**
 * A platform admin moves an org to another plan: its limits, default AI budget and the features
 * its plan includes follow from the next request. The platform's own org is never downgraded.
 */
export async function changeOrgTier(actor: Actor, input: ChangeOrgTierInput) {
  return platformAuditedWrite(actor, input.orgId, async (tx) => {
    const org = await lockOrgForUpdate(tx, input.orgId);
    if (org.subscriptionTier === input.tier) return { result: { tier: org.subscriptionTier, changed: false }, audit: [] };
    if (org.type === "ADMIN" && !tierAtLeast(input.tier, org.subscriptionTier)) {
      throw new AppError(
        "INVALID_TRANSITION",
        `${org.name} is the platform's own organisation: it stays on ${TIERS[org.subscriptionTier].label}, so the console cannot lose a feature by mistake.`,
      );
    }
    await tx.organization.updateMany({ where: { id: org.id }, data: { subscriptionTier: input.tier } });
    return {
      result: { tier: input.tier, changed: true },
      audit: {
        action: "organization.tier_changed",
        entityType: "Organization",
        entityId: org.id,
        changes: { before: { subscriptionTier: org.subscriptionTier }, after: { subscriptionTier: input.tier } },
      },
    };
  });
}
