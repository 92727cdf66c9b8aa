import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";

const MB = 1024 * 1024;
const GB = 1024 * MB;

export type TierLimits = {
  label: string;
  /** Requests a minute per org: general work, and AI runs (scoring, analysis, redaction). */
  requestsPerMinute: number;
  aiRequestsPerMinute: number;
  storageQuotaBytes: number;
  /** The largest single upload (lib/dataroom/upload-limits.ts reads it). */
  maxUploadBytes: number;
  /** USD a month when the org has no ai_monthly_budget of its own. */
  defaultAiBudgetUsd: string;
  seats: number;
};

/** One table for what each plan means. Feature flags name their own minimum tier (feature-flags.ts). */
export const TIERS: Record<SubscriptionTier, TierLimits> = {
  foundation: {
    label: "Foundation",
    requestsPerMinute: 120,
    aiRequestsPerMinute: 10,
    storageQuotaBytes: 5 * GB,
    maxUploadBytes: 25 * MB,
    defaultAiBudgetUsd: "25",
    seats: 5,
  },
  professional: {
    label: "Professional",
    requestsPerMinute: 600,
    aiRequestsPerMinute: 60,
    storageQuotaBytes: 100 * GB,
    maxUploadBytes: 250 * MB,
    defaultAiBudgetUsd: "250",
    seats: 25,
  },
  enterprise: {
    label: "Enterprise",
    requestsPerMinute: 3000,
    aiRequestsPerMinute: 300,
    storageQuotaBytes: 2048 * GB,
    maxUploadBytes: 2048 * MB,
    defaultAiBudgetUsd: "2500",
    seats: 500,
  },
};

export const TIER_ORDER: SubscriptionTier[] = ["foundation", "professional", "enterprise"];

export function tierAtLeast(tier: SubscriptionTier, minimum: SubscriptionTier): boolean {
  return TIER_ORDER.indexOf(tier) >= TIER_ORDER.indexOf(minimum);
}

/**
 * What a subscription status allows. past_due keeps the org readable so people can fix billing;
 * cancelled and suspended orgs can do nothing until an admin reinstates them.
 */
export const STATUS_ACCESS: Record<SubscriptionStatus, "full" | "read-only" | "none"> = {
  trial: "full",
  active: "full",
  past_due: "read-only",
  cancelled: "none",
  suspended: "none",
};
