import type { OrgType } from "@/lib/auth/tenant-context";
import type { SubscriptionStatus } from "@/lib/db/generated/client";

export const STATUS_LABEL: Record<SubscriptionStatus, string> = {
  trial: "Trial",
  active: "Active",
  past_due: "Past due",
  cancelled: "Cancelled",
  suspended: "Suspended",
};

export const ORG_TYPE_NAME: Record<OrgType, string> = { ALLY: "Ally", INVESTOR: "Investor", ADMIN: "Platform" };

/** What members of an org in each status get, in their words: shown before an admin changes it. */
export const STATUS_EFFECT: Record<SubscriptionStatus, string> = {
  trial: "Everything their plan includes, until the trial ends.",
  active: "Everything their plan includes.",
  past_due: "Read-only: a banner asks an admin to settle the invoice; nothing can be changed.",
  cancelled: "Nothing: members land on a page saying the subscription has ended.",
  suspended: "Nothing: members land on a page saying the workspace is suspended.",
};
