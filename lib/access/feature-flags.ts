import type { SubscriptionTier } from "@/lib/db/generated/client";

/**
 * The catalogue of feature flags: every key an admin can switch per organisation
 * (`feature_flags.feature_key`), what it does, whether it is on when an org has no row, and the
 * tier an org needs before switching it on means anything (a tier below turns it off whatever the
 * flag says). Flags for domains not built yet are listed so admins can prepare orgs ahead of them.
 * Client components reach this through the access checks, so what only the admin console shows
 * (each flag's description) lives in feature-flag-descriptions.ts, off every page's first load.
 */
export const FEATURE_FLAGS = {
  dataroom_redaction: { label: "Data room redaction", default: true, minTier: "foundation" },
  signal_score: { label: "Signal score", default: true, minTier: "foundation" },
  gamification: { label: "Badges and quests", default: true, minTier: "foundation" },
  marketplace: { label: "Marketplace", default: true, minTier: "foundation" },
  deal_rooms: { label: "Deal rooms", default: true, minTier: "professional" },
  api_access: { label: "API access", default: false, minTier: "professional" },
  webhooks: { label: "Webhooks", default: false, minTier: "professional" },
  ai_assistant: { label: "AI assistant", default: true, minTier: "professional" },
  crm_sync: { label: "CRM sync", default: false, minTier: "enterprise" },
  blockchain_audit: { label: "Blockchain audit", default: false, minTier: "enterprise" },
} as const satisfies Record<string, { label: string; default: boolean; minTier: SubscriptionTier }>;

export type FeatureFlagKey = keyof typeof FEATURE_FLAGS;

export const FEATURE_FLAG_KEYS = Object.keys(FEATURE_FLAGS) as FeatureFlagKey[];

export function isFeatureFlagKey(key: string): key is FeatureFlagKey {
  return Object.hasOwn(FEATURE_FLAGS, key);
}
