import { DEFAULT_DIMENSION_WEIGHTS, type MatchDimension } from "@/lib/matching/engine/match-dimensions";
import type { MandateDto } from "@/lib/matching/mandates/to-mandate-dto";

/** What the form's inputs start from: text as a person would type it. */
export type MandateFormValues = {
  name: string;
  description: string;
  projectTypes: string[];
  geographies: string[];
  excludedGeographies: string[];
  stages: string[];
  ticketSizeMin: string;
  ticketSizeMax: string;
  currency: string;
  targetIrrPct: string;
  minEsgScore: string;
  ifcPerformanceStandards: boolean;
  requireFpic: boolean;
  exclusions: string;
  instrumentTypes: string[];
  riskTolerance: string;
  dimensionWeights: Record<MatchDimension, number>;
  isDiscoverable: boolean;
};

export const EMPTY_MANDATE_FORM: MandateFormValues = {
  name: "",
  description: "",
  projectTypes: [],
  geographies: [],
  excludedGeographies: [],
  stages: [],
  ticketSizeMin: "",
  ticketSizeMax: "",
  currency: "USD",
  targetIrrPct: "",
  minEsgScore: "",
  ifcPerformanceStandards: false,
  requireFpic: false,
  exclusions: "",
  instrumentTypes: [],
  riskTolerance: "MODERATE",
  dimensionWeights: DEFAULT_DIMENSION_WEIGHTS,
  isDiscoverable: false,
};

/** "5000000.0000" -> "5000000", "12.5000" -> "12.5": stored decimals as a person would type them. */
export function trimDecimal(value: string | null): string {
  if (value === null) return "";
  return value.includes(".") ? value.replace(/0+$/, "").replace(/\.$/, "") : value;
}

export function toMandateFormValues(mandate: MandateDto): MandateFormValues {
  return {
    name: mandate.name,
    description: mandate.description ?? "",
    projectTypes: mandate.projectTypes,
    geographies: mandate.geographies,
    excludedGeographies: mandate.excludedGeographies,
    stages: mandate.stages,
    ticketSizeMin: trimDecimal(mandate.ticketSizeMin),
    ticketSizeMax: trimDecimal(mandate.ticketSizeMax),
    currency: mandate.currency,
    targetIrrPct: trimDecimal(mandate.targetIrrPct),
    minEsgScore: mandate.esgRequirements.minEsgScore === null ? "" : String(mandate.esgRequirements.minEsgScore),
    ifcPerformanceStandards: mandate.esgRequirements.ifcPerformanceStandards,
    requireFpic: mandate.esgRequirements.requireFpic,
    exclusions: mandate.exclusions.join(", "),
    instrumentTypes: mandate.instrumentTypes,
    riskTolerance: mandate.riskTolerance,
    dimensionWeights: mandate.dimensionWeights,
    isDiscoverable: mandate.isDiscoverable,
  };
}
