import type { FeatureFlagKey } from "./feature-flags";

/** What each flag does, in the admin console's words (server-only readers; see feature-flags.ts). */
export const FEATURE_FLAG_DESCRIPTIONS: Record<FeatureFlagKey, string> = {
  dataroom_redaction: "AI finds personal data in documents; managers review and apply redactions.",
  signal_score: "AI scores a project's investment readiness and suggests improvements.",
  gamification: "Badges and improvement quests for project teams.",
  marketplace: "Investors browse published projects.",
  deal_rooms: "Shared rooms where an investor and an ally work a deal.",
  api_access: "API keys and the public REST API.",
  webhooks: "Signed event deliveries to the org's own endpoints.",
  ai_assistant: "The conversational assistant over the org's projects and documents.",
  crm_sync: "Two-way sync with the org's CRM.",
  blockchain_audit: "Anchors audit evidence on a public chain.",
};
