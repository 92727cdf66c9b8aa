import { FEATURE_FLAGS, isFeatureFlagKey } from "@/lib/access/feature-flags";
import { TIERS } from "@/lib/access/tiers";
import { formatDay } from "@/lib/audit/format-audit-value";
import { named, sentence, text, val, who, type SentenceFacts } from "@/lib/audit/sentence-parts";
import type { SentencePart } from "@/lib/audit/types";
import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";
import { STATUS_LABEL } from "./status-labels";

const org = (f: SentenceFacts) => named(f, "the organisation");
const tierLabel = (value: unknown) => (typeof value === "string" && value in TIERS ? TIERS[value as SubscriptionTier].label : "another plan");
const statusLabel = (value: unknown) => (typeof value === "string" && value in STATUS_LABEL ? STATUS_LABEL[value as SubscriptionStatus] : "another status");
const budget = (value: unknown) => (text(value as string) ? `USD ${value}` : "the plan's default");

/** What the platform admin console's changes to an organisation mean, for its own audit log and the platform's. */
export const ADMIN_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "organization.tier_changed": (f) =>
    sentence(who(f), " changed the plan of ", org(f), " from ", val(tierLabel(f.before?.subscriptionTier)), " to ", val(tierLabel(f.after?.subscriptionTier))),
  "organization.status_changed": (f) => {
    const until = text(f.after?.trialEndsAt);
    return sentence(
      who(f),
      " changed the subscription status of ",
      org(f),
      " from ",
      val(statusLabel(f.before?.subscriptionStatus)),
      " to ",
      val(statusLabel(f.after?.subscriptionStatus)),
      until ? ` (until ${formatDay(until)})` : "",
    );
  },
  "organization.suspended": (f) => sentence(who(f), " suspended ", org(f), text(f.after?.reason) ? `: ${f.after?.reason}` : ""),
  "organization.reinstated": (f) => sentence(who(f), " reinstated ", org(f), " as ", val(statusLabel(f.after?.subscriptionStatus))),
  "organization.ai_budget_changed": (f) =>
    sentence(who(f), " changed the monthly AI budget of ", org(f), " from ", val(budget(f.before?.aiMonthlyBudget)), " to ", val(budget(f.after?.aiMonthlyBudget))),
  "organization.feature_flag_changed": (f) => {
    const key = text(f.after?.featureKey) ?? "";
    const feature = val(isFeatureFlagKey(key) ? FEATURE_FLAGS[key].label : key || "a feature");
    const setting = text(f.after?.setting);
    if (setting === "default") return sentence(who(f), " reset ", feature, " to the catalogue's default for ", org(f));
    return sentence(who(f), ` turned `, feature, ` ${setting === "on" ? "on" : "off"} for `, org(f));
  },
};
