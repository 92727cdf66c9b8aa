import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { lockOrgForUpdate } from "@/lib/org-settings/lock-org-for-update";
import { platformAuditedWrite } from "./platform-audited-write";
import type { SuspendOrgInput } from "./schemas";
import { mergeSubscriptionSettings } from "./subscription-settings";

/**
 * Closes an org's workspace: from their next request its members land on /suspended and nothing
 * is readable or writable; the data stays. The status it had is kept for the reinstatement.
 */
export async function suspendOrg(actor: Actor, input: SuspendOrgInput) {
  return platformAuditedWrite(actor, input.orgId, async (tx) => {
    const org = await lockOrgForUpdate(tx, input.orgId);
    if (org.type === "ADMIN") {
      throw new AppError(
        "INVALID_TRANSITION",
        `${org.name} is the platform's own organisation and cannot be suspended: its admins would lose the console that reinstates organisations.`,
      );
    }
    if (org.subscriptionStatus === "suspended") throw new AppError("INVALID_TRANSITION", `${org.name} is already suspended.`);
    const suspension = { previousStatus: org.subscriptionStatus, reason: input.reason, at: new Date().toISOString(), byUserId: actor.user.id };
    const settings = mergeSubscriptionSettings(org.settings, { suspension });
    await tx.organization.updateMany({ where: { id: org.id }, data: { subscriptionStatus: "suspended", settings: settings as Prisma.InputJsonObject } });
    return {
      result: { status: "suspended" as const },
      audit: {
        action: "organization.suspended",
        entityType: "Organization",
        entityId: org.id,
        changes: { before: { subscriptionStatus: org.subscriptionStatus }, after: { subscriptionStatus: "suspended", reason: input.reason } },
      },
    };
  });
}
