import type { InvestorMandate } from "@/lib/db/generated/client";
import { DEFAULT_DIMENSION_WEIGHTS, MATCH_DIMENSIONS, type MatchDimension } from "@/lib/matching/engine/match-dimensions";
import type { PROJECT_STAGES, ProjectType } from "@/lib/projects/project-options";
import type { InstrumentType, RiskToleranceName } from "./mandate-options";

export type EsgRequirements = { minEsgScore: number | null; ifcPerformanceStandards: boolean; requireFpic: boolean };

/**
 * What a mandate says, as plain values: the DTO's fields, the audit snapshot and what an edit is
 * compared with. Decimals are strings with 4 places, as the database returns them.
 */
export type MandateValues = {
  name: string;
  description: string | null;
  projectTypes: ProjectType[];
  geographies: string[];
  excludedGeographies: string[];
  stages: (typeof PROJECT_STAGES)[number][];
  ticketSizeMin: string | null;
  ticketSizeMax: string | null;
  currency: string;
  targetIrrPct: string | null;
  esgRequirements: EsgRequirements;
  exclusions: string[];
  /** Stored as free text: rows written before the list was fixed may hold other words. */
  instrumentTypes: (InstrumentType | (string & {}))[];
  riskTolerance: RiskToleranceName;
  dimensionWeights: Record<MatchDimension, number>;
  isDiscoverable: boolean;
};

const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The three requirements the form edits; other keys a seed or an import stored are left to the JSON. */
export function readEsgRequirements(json: unknown): EsgRequirements {
  const esg = asObject(json);
  return {
    minEsgScore: typeof esg.minEsgScore === "number" ? esg.minEsgScore : null,
    ifcPerformanceStandards: esg.ifcPerformanceStandards === true,
    requireFpic: esg.requireFpic === true,
  };
}

/** Stored weights, or the column default when a row holds something else (a hand-edited row must not break the page). */
export function readDimensionWeights(json: unknown): Record<MatchDimension, number> {
  const stored = asObject(json);
  const valid = MATCH_DIMENSIONS.every((dimension) => Number.isInteger(stored[dimension]));
  return Object.fromEntries(MATCH_DIMENSIONS.map((dimension) => [dimension, valid ? (stored[dimension] as number) : DEFAULT_DIMENSION_WEIGHTS[dimension]])) as Record<
    MatchDimension,
    number
  >;
}

export function readMandateValues(mandate: InvestorMandate): MandateValues {
  return {
    name: mandate.name,
    description: mandate.description,
    projectTypes: mandate.projectTypes,
    geographies: mandate.geographies,
    excludedGeographies: mandate.excludedGeographies,
    stages: mandate.stages,
    ticketSizeMin: mandate.ticketSizeMin?.toFixed(4) ?? null,
    ticketSizeMax: mandate.ticketSizeMax?.toFixed(4) ?? null,
    currency: mandate.currency.trim(),
    targetIrrPct: mandate.targetIrrPct?.toFixed(4) ?? null,
    esgRequirements: readEsgRequirements(mandate.esgRequirements),
    exclusions: mandate.exclusions,
    instrumentTypes: mandate.instrumentTypes,
    riskTolerance: mandate.riskTolerance,
    dimensionWeights: readDimensionWeights(mandate.dimensionWeights),
    isDiscoverable: mandate.isDiscoverable,
  };
}

/** What pages and client components get of a mandate: plain, serialisable, no Prisma types. */
export function toMandateDto(mandate: InvestorMandate) {
  return {
    id: mandate.id,
    ...readMandateValues(mandate),
    isActive: mandate.isActive,
    createdAt: mandate.createdAt.toISOString(),
    updatedAt: mandate.updatedAt.toISOString(),
  };
}
export type MandateDto = ReturnType<typeof toMandateDto>;
