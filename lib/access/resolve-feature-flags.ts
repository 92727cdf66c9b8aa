import type { SubscriptionTier } from "@/lib/db/generated/client";
import { FEATURE_FLAGS, FEATURE_FLAG_KEYS, type FeatureFlagKey, isFeatureFlagKey } from "./feature-flags";
import { tierAtLeast } from "./tiers";

export type FeatureFlagState = Record<FeatureFlagKey, boolean>;

/**
 * Every catalogue key resolved for one org: its row when it has one, else the key's default; off
 * either way below the key's minimum tier. Rows for keys no longer in the catalogue are ignored.
 */
export function resolveFeatureFlags(tier: SubscriptionTier, rows: readonly { featureKey: string; isEnabled: boolean }[]): FeatureFlagState {
  const stored = new Map(rows.filter((row) => isFeatureFlagKey(row.featureKey)).map((row) => [row.featureKey, row.isEnabled]));
  return Object.fromEntries(
    FEATURE_FLAG_KEYS.map((key) => [key, (stored.get(key) ?? FEATURE_FLAGS[key].default) && tierAtLeast(tier, FEATURE_FLAGS[key].minTier)]),
  ) as FeatureFlagState;
}
