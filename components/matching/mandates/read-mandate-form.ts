import { MATCH_DIMENSIONS } from "@/lib/matching/engine/match-dimensions";
import type { MandateFormInput } from "@/lib/matching/mandates/schemas";

/**
 * The form's fields as the create/update actions take them: text as typed (the server parses and
 * validates), the ticked boxes and chosen countries as lists, the weights from their
 * `dimensionWeights.<dimension>` inputs.
 */
export function readMandateForm(form: HTMLFormElement): MandateFormInput {
  const data = new FormData(form);
  const text = (key: string) => String(data.get(key) ?? "");
  const list = (key: string) => data.getAll(key).map(String);
  const ticked = (key: string) => data.get(key) === "on";
  return {
    name: text("name"),
    description: text("description"),
    projectTypes: list("projectTypes"),
    geographies: list("geographies"),
    excludedGeographies: list("excludedGeographies"),
    stages: list("stages"),
    ticketSizeMin: text("ticketSizeMin"),
    ticketSizeMax: text("ticketSizeMax"),
    currency: text("currency"),
    targetIrrPct: text("targetIrrPct"),
    minEsgScore: text("minEsgScore"),
    ifcPerformanceStandards: ticked("ifcPerformanceStandards"),
    requireFpic: ticked("requireFpic"),
    exclusions: text("exclusions"),
    instrumentTypes: list("instrumentTypes"),
    riskTolerance: text("riskTolerance"),
    dimensionWeights: Object.fromEntries(MATCH_DIMENSIONS.map((dimension) => [dimension, text(`dimensionWeights.${dimension}`)])),
    isDiscoverable: ticked("isDiscoverable"),
  } as MandateFormInput;
}
