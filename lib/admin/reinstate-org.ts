import { STATUS_ACCESS } from "@/lib/access/tiers";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { lockOrgForUpdate } from "@/lib/org-settings/lock-org-for-update";
import { platformAuditedWrite } from "./platform-audited-write";
import type { ReinstateOrgInput } from "./schemas";
import { mergeSubscriptionSettings, readSubscriptionSettings } from "./subscription-settings";

/**
 * Reopens a suspended org with the status it had before (a trial stays a trial, a past-due org is
 * read-only again); active when that is unknown or was itself closed.
 */
export async function reinstateOrg(actor: Actor, input: ReinstateOrgInput) {
  return platformAuditedWrite(actor, input.orgId, async (tx) => {
    const org = await lockOrgForUpdate(tx, input.orgId);
    if (org.subscriptionStatus !== "suspended") throw new AppError("INVALID_TRANSITION", `${org.name} is not suspended.`);
    const previous = readSubscriptionSettings(org.settings).suspension?.previousStatus;
    const status = previous && STATUS_ACCESS[previous] !== "none" ? previous : "active";
    const settings = mergeSubscriptionSettings(org.settings, { suspension: null });
    await tx.organization.updateMany({ where: { id: org.id }, data: { subscriptionStatus: status, settings: settings as Prisma.InputJsonObject } });
    return {
      result: { status },
      audit: {
        action: "organization.reinstated",
        entityType: "Organization",
        entityId: org.id,
        changes: { before: { subscriptionStatus: "suspended" }, after: { subscriptionStatus: status } },
      },
    };
  });
}
