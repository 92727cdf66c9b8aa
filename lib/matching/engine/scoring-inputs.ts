import { DEFAULT_DIMENSION_WEIGHTS, MATCH_DIMENSIONS, type MatchDimension } from "./match-dimensions";

/** What scoring needs of a mandate: plain values, no Prisma types, so the scorer stays pure. */
export type MandateForScoring = {
  id: string;
  orgId: string;
  projectTypes: readonly string[];
  /** ISO 3166-1 alpha-2; empty: anywhere. */
  geographies: readonly string[];
  stages: readonly string[];
  /** Decimal strings in `currency`; null: no bound. */
  ticketSizeMin: string | null;
  ticketSizeMax: string | null;
  currency: string;
  /** esg_requirements.minEsgScore (0-100), when set. */
  minEsgScore: number | null;
  exclusions: readonly string[];
  excludedGeographies: readonly string[];
  riskTolerance: RiskToleranceName;
  weights: Record<MatchDimension, number>;
};

export type RiskToleranceName = "CONSERVATIVE" | "MODERATE" | "AGGRESSIVE";

/** The numbers of a published project: all the bulk pass reads for every project. */
export type ProjectFacts = {
  id: string;
  orgId: string;
  projectType: string;
  stage: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  currency: string;
  /** total_investment_required, a decimal string in `currency`. */
  totalInvestmentRequired: string;
  /** The latest COMPLETED signal score's overall and ESG scores (0-100), null when there is none. */
  signalScore: number | null;
  esgScore: number | null;
};

/** A project with the text its mandate exclusions are searched in. */
export type ProjectForScoring = ProjectFacts & { name: string; description: string; technologyText: string };

/** A mandate's weights when they are six whole numbers summing to 100, else the defaults (lib/mandates validates on write). */
export function parseDimensionWeights(json: unknown): Record<MatchDimension, number> {
  if (!json || typeof json !== "object") return DEFAULT_DIMENSION_WEIGHTS;
  const record = json as Record<string, unknown>;
  const values = MATCH_DIMENSIONS.map((dimension) => record[dimension]);
  const valid = values.every((value) => typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100);
  if (!valid || (values as number[]).reduce((sum, value) => sum + value, 0) !== 100) return DEFAULT_DIMENSION_WEIGHTS;
  return Object.fromEntries(MATCH_DIMENSIONS.map((dimension, index) => [dimension, values[index]])) as Record<MatchDimension, number>;
}

/** esg_requirements.minEsgScore when it is a number from 0 to 100 (a numeric string counts). */
export function parseMinEsgScore(esgRequirements: unknown): number | null {
  if (!esgRequirements || typeof esgRequirements !== "object") return null;
  const raw = (esgRequirements as Record<string, unknown>).minEsgScore;
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** The words of technology_details (its values, not its keys), where an exclusion like "diesel" may appear. */
export function technologyText(details: unknown): string {
  if (details === null || details === undefined) return "";
  if (typeof details === "string" || typeof details === "number" || typeof details === "boolean") return String(details);
  if (Array.isArray(details)) return details.map(technologyText).filter(Boolean).join(" ");
  if (typeof details === "object") return Object.values(details).map(technologyText).filter(Boolean).join(" ");
  return "";
}
