import { STATUS_ACCESS } from "@/lib/access/tiers";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { lockOrgForUpdate } from "@/lib/org-settings/lock-org-for-update";
import { platformAuditedWrite } from "./platform-audited-write";
import type { ChangeOrgStatusInput } from "./schemas";
import { mergeSubscriptionSettings, readSubscriptionSettings } from "./subscription-settings";

/**
 * Sets an org's subscription status (trial with its end day, active, past due, cancelled). A
 * suspended org is reinstated, not edited: its reinstatement restores what it had. The platform's
 * own org keeps full access, or nobody could undo the change.
 */
export async function changeOrgStatus(actor: Actor, input: ChangeOrgStatusInput) {
  return platformAuditedWrite(actor, input.orgId, async (tx) => {
    const org = await lockOrgForUpdate(tx, input.orgId);
    if (org.subscriptionStatus === "suspended") {
      throw new AppError("INVALID_TRANSITION", `${org.name} is suspended: reinstate it first, then change its status.`);
    }
    if (org.type === "ADMIN" && STATUS_ACCESS[input.status] !== "full") {
      throw new AppError("INVALID_TRANSITION", `${org.name} is the platform's own organisation: it stays active or on trial, or its admins would lose the console.`);
    }
    const trialEndsAt = input.status === "trial" ? input.trialEndsAt! : null;
    const before = { status: org.subscriptionStatus, trialEndsAt: readSubscriptionSettings(org.settings).trialEndsAt };
    if (before.status === input.status && before.trialEndsAt === trialEndsAt) return { result: { status: org.subscriptionStatus, changed: false }, audit: [] };
    const settings = mergeSubscriptionSettings(org.settings, { trialEndsAt });
    await tx.organization.updateMany({ where: { id: org.id }, data: { subscriptionStatus: input.status, settings: settings as Prisma.InputJsonObject } });
    return {
      result: { status: input.status, changed: true },
      audit: {
        action: "organization.status_changed",
        entityType: "Organization",
        entityId: org.id,
        changes: { before: { subscriptionStatus: before.status, trialEndsAt: before.trialEndsAt }, after: { subscriptionStatus: input.status, trialEndsAt } },
      },
    };
  });
}
