import type { SubscriptionTier } from "@/lib/db/generated/client";

/**
 * The catalogue of feature flags: every key an admin can switch per organisation
 * (`feature_flags.feature_key`), what it does, whether it is on when an org has no row, and the
 * tier an org needs before switching it on means anything (a tier below turns it off whatever the
 * flag says). Flags for domains not built yet are listed so admins can prepare orgs ahead of them.
 */
export const FEATURE_FLAGS = {
  dataroom_redaction: {
    label: "Data room redaction",
    description: "AI finds personal data in documents; managers review and apply redactions.",
    default: true,
    minTier: "foundation",
  },
  signal_score: { label: "Signal score", description: "AI scores a project's investment readiness and suggests improvements.", default: true, minTier: "foundation" },
  gamification: { label: "Badges and quests", description: "Badges and improvement quests for project teams.", default: true, minTier: "foundation" },
  marketplace: { label: "Marketplace", description: "Investors browse published projects.", default: true, minTier: "foundation" },
  deal_rooms: { label: "Deal rooms", description: "Shared rooms where an investor and an ally work a deal.", default: true, minTier: "professional" },
  api_access: { label: "API access", description: "API keys and the public REST API.", default: false, minTier: "professional" },
  webhooks: { label: "Webhooks", description: "Signed event deliveries to the org's own endpoints.", default: false, minTier: "professional" },
  ai_assistant: { label: "AI assistant", description: "The conversational assistant over the org's projects and documents.", default: true, minTier: "professional" },
  crm_sync: { label: "CRM sync", description: "Two-way sync with the org's CRM.", default: false, minTier: "enterprise" },
  blockchain_audit: { label: "Blockchain audit", description: "Anchors audit evidence on a public chain.", default: false, minTier: "enterprise" },
} as const satisfies Record<string, { label: string; description: string; default: boolean; minTier: SubscriptionTier }>;

export type FeatureFlagKey = keyof typeof FEATURE_FLAGS;

export const FEATURE_FLAG_KEYS = Object.keys(FEATURE_FLAGS) as FeatureFlagKey[];

export function isFeatureFlagKey(key: string): key is FeatureFlagKey {
  return Object.hasOwn(FEATURE_FLAGS, key);
}
