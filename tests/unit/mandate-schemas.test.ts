import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { compareAmounts, toFourPlaces } from "@/lib/matching/mandates/compare-amounts";
import { createMandateSchema, rateMatchSchema, updateMandateSchema } from "@/lib/matching/mandates/schemas";

const valid = {
  name: "East Africa Renewables",
  description: "Minority equity in grid-connected generation.",
  projectTypes: ["SOLAR", "WIND"],
  geographies: ["ke", "UG"],
  excludedGeographies: [],
  stages: ["DEVELOPMENT"],
  ticketSizeMin: "5,000,000",
  ticketSizeMax: "25000000",
  currency: "usd",
  targetIrrPct: "12.5",
  minEsgScore: "60",
  ifcPerformanceStandards: true,
  requireFpic: false,
  exclusions: "coal, Coal ,  oil sands\nlignite",
  instrumentTypes: ["equity"],
  riskTolerance: "MODERATE",
  dimensionWeights: { geography: 25, sector: "20", stage: 15, deal_size: 20, esg: 10, evidence: 10 },
  isDiscoverable: true,
};

/** The first message per field, keyed by the field's top-level name, as the form shows them. */
function messages(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  if (result.success) return {};
  const byField: Record<string, string> = {};
  for (const issue of result.error.issues) byField[issue.path.map(String).join(".")] ??= issue.message;
  return byField;
}

describe("createMandateSchema", () => {
  it("normalises what was typed: codes upper-cased, amounts without separators, exclusions split and kept once", () => {
    const parsed = createMandateSchema.parse(valid);
    expect(parsed).toMatchObject({
      geographies: ["KE", "UG"],
      ticketSizeMin: "5000000",
      ticketSizeMax: "25000000",
      currency: "USD",
      targetIrrPct: "12.5",
      minEsgScore: 60,
      exclusions: ["coal", "oil sands", "lignite"],
      dimensionWeights: { geography: 25, sector: 20, stage: 15, deal_size: 20, esg: 10, evidence: 10 },
    });
  });

  it("leaves optional amounts unset when blank, and defaults the lists and flags", () => {
    const { projectTypes, geographies, stages, instrumentTypes, exclusions, ifcPerformanceStandards, isDiscoverable, ...rest } = valid;
    const parsed = createMandateSchema.parse({ ...rest, description: "  ", ticketSizeMin: "", ticketSizeMax: " ", targetIrrPct: "", minEsgScore: "" });
    expect(parsed).toMatchObject({
      description: null,
      ticketSizeMin: null,
      ticketSizeMax: null,
      targetIrrPct: null,
      minEsgScore: null,
      projectTypes: [],
      geographies: [],
      exclusions: [],
      isDiscoverable: false,
      riskTolerance: "MODERATE",
    });
  });

  it.each([
    [{ ticketSizeMin: "30000000" }, "ticketSizeMin", "The minimum ticket is above the maximum."],
    [{ ticketSizeMin: "25000000.0001" }, "ticketSizeMin", "The minimum ticket is above the maximum."],
    [{ ticketSizeMin: "-5" }, "ticketSizeMin", "The minimum ticket cannot be negative."],
    [{ ticketSizeMax: "1e9" }, "ticketSizeMax", "Enter the maximum ticket as an amount like 25000000 (up to 4 decimal places)."],
    [{ currency: "XYZ" }, "currency", "Choose a currency from the list (ISO 4217, e.g. USD)."],
    [{ currency: undefined }, "currency", "Choose a currency."],
    [
      { geographies: ["KE", "XX", "kenya"] },
      "geographies",
      "Unknown country codes in the geographies: XX, KENYA. Choose countries from the list (ISO 3166-1 alpha-2, e.g. KE).",
    ],
    [
      { excludedGeographies: ["ZZ"] },
      "excludedGeographies",
      "Unknown country code in the excluded geographies: ZZ. Choose countries from the list (ISO 3166-1 alpha-2, e.g. KE).",
    ],
    [{ excludedGeographies: ["ug"] }, "excludedGeographies", "UG cannot be both targeted and excluded."],
    [{ targetIrrPct: "-2" }, "targetIrrPct", "The target IRR cannot be negative."],
    [{ targetIrrPct: "150" }, "targetIrrPct", "Enter a target IRR of at most 100%."],
    [{ minEsgScore: "101" }, "minEsgScore", "The minimum ESG score is at most 100."],
    [{ minEsgScore: "-1" }, "minEsgScore", "The minimum ESG score cannot be negative."],
    [{ minEsgScore: "60.5" }, "minEsgScore", "Enter the minimum ESG score as a whole number from 0 to 100."],
    [{ name: "   " }, "name", "Enter a name for the mandate."],
    [{ name: "x".repeat(256) }, "name", "Keep the name under 255 characters."],
    [{ name: "a\u0000b" }, "name", "Remove the invisible control character (NUL) from this text."],
    [{ projectTypes: ["SOLAR", "NUCLEAR"] }, "projectTypes.1", "Choose technologies from the list."],
    [{ instrumentTypes: ["shares"] }, "instrumentTypes.0", "Choose instruments from the list."],
    [{ riskTolerance: "YOLO" }, "riskTolerance", "Choose a risk tolerance."],
    [{ exclusions: ["x".repeat(101)] }, "exclusions.0", "Keep each exclusion under 100 characters."],
  ])("refuses %o on %s", (change, field, message) => {
    expect(messages(createMandateSchema.safeParse({ ...valid, ...change }))).toEqual({ [field]: message });
  });

  it.each([
    [{ geography: 20 }, "Weights add up to 95: they must add up to 100."],
    [{ geography: 30 }, "Weights add up to 105: they must add up to 100."],
    [{ geography: 0, sector: 0, stage: 0, deal_size: 0, esg: 0, evidence: 0 }, "Weights add up to 0: they must add up to 100."],
  ])("refuses weights %o with their total", (change, message) => {
    const result = createMandateSchema.safeParse({ ...valid, dimensionWeights: { ...valid.dimensionWeights, ...change } });
    expect(messages(result)).toEqual({ dimensionWeights: message });
  });

  it("names a bad weight at its own dimension, without a misleading total", () => {
    const result = createMandateSchema.safeParse({ ...valid, dimensionWeights: { ...valid.dimensionWeights, esg: "-10", evidence: "ten" } });
    expect(messages(result)).toEqual({ "dimensionWeights.esg": "A weight cannot be negative.", "dimensionWeights.evidence": "Enter a whole number from 0 to 100." });
  });

  it("reports the ticket order next to other fields' errors, all at once", () => {
    const result = createMandateSchema.safeParse({ ...valid, name: "", currency: "EURO", ticketSizeMin: "9", ticketSizeMax: "8" });
    expect(Object.keys(messages(result)).sort()).toEqual(["currency", "name", "ticketSizeMin"]);
    expect(messages(result).ticketSizeMin).toBe("The minimum ticket is above the maximum.");
  });

  it("update needs a mandate id", () => {
    expect(messages(updateMandateSchema.safeParse({ ...valid, mandateId: "nope" }))).toEqual({ mandateId: "Unknown mandate." });
  });
});

describe("rateMatchSchema", () => {
  it("takes thumbs up or down, a blank comment being none", () => {
    const matchId = "5f0c9a0e-5f0c-4a0e-8a0e-5f0c9a0e5f0c";
    expect(rateMatchSchema.parse({ matchId, rating: -1, comment: "  " })).toEqual({ matchId, rating: -1, comment: null });
    expect(messages(rateMatchSchema.safeParse({ matchId, rating: 2 }))).toEqual({ rating: "Choose thumbs up or thumbs down." });
  });
});

describe("compareAmounts and toFourPlaces", () => {
  it("compares decimal strings exactly, beyond float precision", () => {
    expect(compareAmounts("999999999999999.9999", "999999999999999.9998")).toBe(1);
    expect(compareAmounts("5", "5.0000")).toBe(0);
    expect(compareAmounts("0.1", "0.25")).toBe(-1);
    expect(toFourPlaces("0005000000.5")).toBe("5000000.5000");
    expect(toFourPlaces("0")).toBe("0.0000");
  });
});
