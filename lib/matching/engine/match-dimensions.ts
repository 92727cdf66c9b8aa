/**
 * The dimensions a mandate and a project are matched on, in display order. Zod-free and free of
 * the database, so client components (breakdown bars, weight sliders) can import it.
 */
export const MATCH_DIMENSIONS = ["geography", "sector", "stage", "deal_size", "esg", "evidence"] as const;
export type MatchDimension = (typeof MATCH_DIMENSIONS)[number];

export const MATCH_DIMENSION_LABELS: Record<MatchDimension, string> = {
  geography: "Geography",
  sector: "Sector",
  stage: "Stage",
  deal_size: "Deal size",
  esg: "ESG",
  evidence: "Evidence quality",
};

/** Points of 100 per dimension when a mandate sets none: the column default of investor_mandates.dimension_weights. */
export const DEFAULT_DIMENSION_WEIGHTS: Record<MatchDimension, number> = { geography: 25, sector: 20, stage: 15, deal_size: 20, esg: 10, evidence: 10 };

/** A pair scoring at least this (0-100), and not excluded, is suggested to the investor. */
export const MATCH_SUGGESTION_THRESHOLD = 50;
