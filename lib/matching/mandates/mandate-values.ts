import type { Prisma } from "@/lib/db/generated/client";
import { toFourPlaces } from "./compare-amounts";
import type { CreateMandateInput } from "./schemas";
import type { MandateValues } from "./to-mandate-dto";

/** The validated form as the values a row will hold, in the shape readMandateValues gives a stored row. */
export function toMandateValues(input: CreateMandateInput): MandateValues {
  return {
    name: input.name,
    description: input.description,
    projectTypes: input.projectTypes,
    geographies: input.geographies,
    excludedGeographies: input.excludedGeographies,
    stages: input.stages,
    ticketSizeMin: input.ticketSizeMin === null ? null : toFourPlaces(input.ticketSizeMin),
    ticketSizeMax: input.ticketSizeMax === null ? null : toFourPlaces(input.ticketSizeMax),
    currency: input.currency,
    targetIrrPct: input.targetIrrPct === null ? null : toFourPlaces(input.targetIrrPct),
    esgRequirements: { minEsgScore: input.minEsgScore, ifcPerformanceStandards: input.ifcPerformanceStandards, requireFpic: input.requireFpic },
    exclusions: input.exclusions,
    instrumentTypes: input.instrumentTypes,
    riskTolerance: input.riskTolerance,
    dimensionWeights: input.dimensionWeights,
    isDiscoverable: input.isDiscoverable,
  };
}

/**
 * The columns to write. ESG requirements are merged into what is stored, so keys the form does
 * not edit (a seed's or an import's) survive an edit; an unset minimum score is removed.
 */
export function toMandateWriteData(values: MandateValues, storedEsg: unknown = {}) {
  const kept = storedEsg && typeof storedEsg === "object" && !Array.isArray(storedEsg) ? { ...(storedEsg as Record<string, unknown>) } : {};
  delete kept.minEsgScore;
  const { minEsgScore, ...flags } = values.esgRequirements;
  const esgRequirements = { ...kept, ...flags, ...(minEsgScore === null ? {} : { minEsgScore }) } as Prisma.InputJsonObject;
  return { ...values, esgRequirements };
}
