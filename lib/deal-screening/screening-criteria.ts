import type { FactKey } from "@/lib/signal-score/fact-rules";

/**
 * What a first screen looks for in the documents an investor may open, and what each is worth:
 * the weights add to 100, so the score is the share of this evidence the public data room shows.
 * Each key is a fact the Signal Score's document analyser finds (lib/signal-score/fact-rules.ts).
 */
export const SCREENING_CRITERIA: readonly { key: FactKey; weight: number; topic: string }[] = [
  { key: "revenue_contract", weight: 20, topic: "Offtake" },
  { key: "grid_connection", weight: 15, topic: "Grid" },
  { key: "permits", weight: 15, topic: "Permits" },
  { key: "resource_study", weight: 15, topic: "Energy yield" },
  { key: "financial_model", weight: 10, topic: "Financial model" },
  { key: "land_rights", weight: 10, topic: "Land" },
  { key: "esia", weight: 10, topic: "Environmental and social" },
  { key: "financing_structure", weight: 5, topic: "Financing" },
];

/** At or above: PASS to diligence; below REVIEW_FROM: REJECT; between: REVIEW. */
export const PASS_FROM = 70;
export const REVIEW_FROM = 40;
