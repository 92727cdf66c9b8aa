import { describe, expect, it } from "vitest";
import type { FxTable } from "@/lib/fx/fx-table";
import { allocatePoints } from "@/lib/matching/engine/allocate-points";
import { findCandidatePairs } from "@/lib/matching/engine/find-candidate-pairs";
import { parseMatchBreakdown } from "@/lib/matching/engine/match-breakdown";
import { DEFAULT_DIMENSION_WEIGHTS, MATCH_DIMENSIONS, MATCH_SUGGESTION_THRESHOLD } from "@/lib/matching/engine/match-dimensions";
import { scoreMatch } from "@/lib/matching/engine/score-match";
import { type MandateForScoring, type ProjectForScoring, parseDimensionWeights, parseMinEsgScore, technologyText } from "@/lib/matching/engine/scoring-inputs";

const mandate: MandateForScoring = {
  id: "m1",
  orgId: "investor",
  projectTypes: ["SOLAR", "WIND"],
  geographies: ["KE", "UG"],
  stages: ["DEVELOPMENT", "CONSTRUCTION"],
  ticketSizeMin: "5000000.0000",
  ticketSizeMax: "10000000.0000",
  currency: "USD",
  minEsgScore: 60,
  exclusions: [],
  excludedGeographies: [],
  riskTolerance: "MODERATE",
  weights: DEFAULT_DIMENSION_WEIGHTS,
};

const project: ProjectForScoring = {
  id: "p1",
  orgId: "ally",
  name: "Lodwar Solar",
  description: "A 40 MW solar park in Turkana County.",
  technologyText: "bifacial single-axis",
  projectType: "SOLAR",
  stage: "DEVELOPMENT",
  country: "KE",
  currency: "USD",
  totalInvestmentRequired: "8000000.0000",
  signalScore: 73.4,
  esgScore: 79,
};

const fx: FxTable = {
  onDate: "2026-12-07",
  quotes: new Map([
    ["USD", { rate: "1.16840000", rateDate: "2026-12-04", source: "ECB" }],
    ["GBP", { rate: "0.87058000", rateDate: "2026-12-04", source: "ECB" }],
    ["JPY", { rate: "186.75000000", rateDate: "2026-11-20", source: "ECB" }],
  ]),
};

const reasons = (result: ReturnType<typeof scoreMatch>) => Object.fromEntries(MATCH_DIMENSIONS.map((d) => [d, result.breakdown.dimensions[d].reason]));
const scores = (result: ReturnType<typeof scoreMatch>) => Object.fromEntries(MATCH_DIMENSIONS.map((d) => [d, result.breakdown.dimensions[d].score]));

describe("scoreMatch", () => {
  it("scores a fitting project on every dimension with a reason in words, and the points add up to the overall", () => {
    const result = scoreMatch(mandate, project, fx);
    expect(scores(result)).toEqual({ geography: 100, sector: 100, stage: 100, deal_size: 100, esg: 100, evidence: 73 });
    expect(reasons(result)).toEqual({
      geography: "Kenya is one of the mandate's geographies.",
      sector: "Solar is one of the mandate's sectors.",
      stage: "Development is one of the mandate's stages.",
      deal_size: "The USD 8m need is within the USD 5m to 10m ticket.",
      esg: "ESG score 79 meets the mandate's minimum of 60.",
      evidence: "Signal Score 73 (strong) on its latest completed version.",
    });
    // 25 + 20 + 15 + 20 + 10 + 7.3 = 97.3
    expect(result.overall).toBe(97);
    expect(result.breakdown.dimensions.evidence).toMatchObject({ weight: 10, points: 7 });
    expect(result.breakdown).toMatchObject({ version: 1, excludedBy: null, fx: null, missingRate: null });
  });

  it("says how much of the need the ticket covers above its maximum, and what share of the minimum below it", () => {
    const above = scoreMatch(mandate, { ...project, totalInvestmentRequired: "12450000.0000" }, fx);
    expect(above.breakdown.dimensions.deal_size).toMatchObject({
      score: 80,
      reason: "The USD 12.45m need is above the USD 10m maximum ticket: the ticket covers 80%.",
    });
    const below = scoreMatch(mandate, { ...project, totalInvestmentRequired: "3000000.0000" }, fx);
    expect(below.breakdown.dimensions.deal_size).toMatchObject({ score: 60, reason: "The USD 3m need is below the USD 5m minimum ticket: 60% of it." });
    const open = scoreMatch({ ...mandate, ticketSizeMin: null, ticketSizeMax: null }, { ...project, totalInvestmentRequired: "900000000.0000" }, fx);
    expect(open.breakdown.dimensions.deal_size).toMatchObject({ score: 100, reason: "The USD 900m need meets a mandate with no ticket range." });
  });

  it("converts the need at the dated ECB cross rate and records the rate used", () => {
    const result = scoreMatch(mandate, { ...project, currency: "GBP", totalInvestmentRequired: "8000000.0000" }, fx);
    // 8m GBP x (1.1684 / 0.87058) USD per GBP = 10.737m USD, above the 10m maximum: 93%.
    expect(result.breakdown.fx).toEqual({ rate: "1.34209378", rateDate: "2026-12-04", source: "ECB", from: "GBP", to: "USD" });
    expect(result.breakdown.dimensions.deal_size).toMatchObject({
      score: 93,
      reason: "The GBP 8m need (USD 10.74m at the ECB rate of 2026-12-04) is above the USD 10m maximum ticket: the ticket covers 93%.",
    });
    expect(result.breakdown.missingRate).toBeNull();
  });

  it("names a missing rate instead of guessing, and scores the deal size 0", () => {
    const kes = scoreMatch(mandate, { ...project, currency: "KES", totalInvestmentRequired: "1200000000.0000" }, fx);
    expect(kes.breakdown.missingRate).toBe("No ECB rate for KES on or before 2026-12-07");
    expect(kes.breakdown.fx).toBeNull();
    expect(kes.breakdown.dimensions.deal_size).toEqual({
      score: 0,
      weight: 20,
      points: 0,
      reason: "The KES 1.2bn need cannot be compared with the USD ticket: no ECB rate for KES on or before 2026-12-07.",
    });
    // JPY's latest rate is 17 days old: older than the 7 days a rate stays in force.
    const stale = scoreMatch(mandate, { ...project, currency: "JPY" }, fx);
    expect(stale.breakdown.missingRate).toBe("No ECB rate for JPY within 7 days before 2026-12-07 (the latest is from 2026-11-20)");
  });

  it("excludes by an exclusion word (whole word, any case) or an excluded country: overall 0, every dimension 0 points, the reason said", () => {
    const coal = scoreMatch({ ...mandate, exclusions: ["coal"] }, { ...project, description: "Replaces a Coal-fired plant." }, fx);
    expect(coal.overall).toBe(0);
    expect(coal.breakdown.excludedBy).toBe('The mandate excludes "coal", found in the project\'s description.');
    expect(MATCH_DIMENSIONS.map((d) => coal.breakdown.dimensions[d].points)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(coal.breakdown.dimensions.geography.score).toBe(100);

    const charcoal = scoreMatch({ ...mandate, exclusions: ["coal"] }, { ...project, description: "Replaces charcoal cooking." }, fx);
    expect(charcoal.breakdown.excludedBy).toBeNull();

    const diesel = scoreMatch({ ...mandate, exclusions: ["heavy fuel oil"] }, { ...project, technologyText: technologyText({ backup: "Heavy  fuel oil gensets" }) }, fx);
    expect(diesel.breakdown.excludedBy).toBe('The mandate excludes "heavy fuel oil", found in the project\'s technology details.');

    const country = scoreMatch({ ...mandate, geographies: [], excludedGeographies: ["SO"] }, { ...project, country: "SO" }, fx);
    expect(country).toMatchObject({ overall: 0, breakdown: { excludedBy: "The mandate never invests in Somalia." } });
  });

  it("explains a country, sector or stage outside the mandate", () => {
    const result = scoreMatch(mandate, { ...project, country: "CL", projectType: "HYDRO", stage: "OPERATIONAL" }, fx);
    expect(scores(result)).toMatchObject({ geography: 0, sector: 0, stage: 50 });
    expect(reasons(result)).toMatchObject({
      geography: "Chile is outside the mandate's geographies (Kenya and Uganda).",
      sector: "Hydro is not among the mandate's sectors (Solar and Wind).",
      stage: "Operational is one stage later than the mandate's stages (Development and Construction); a moderate mandate gives it 50%.",
    });
    const anywhere = scoreMatch({ ...mandate, geographies: [], projectTypes: [], stages: [] }, { ...project, country: "CL" }, fx);
    expect(reasons(anywhere)).toMatchObject({
      geography: "The mandate invests anywhere, Chile included.",
      sector: "The mandate invests in any sector, solar included.",
      stage: "The mandate invests at any stage, development included.",
    });
  });

  it("gives stages next to the mandate's credit by risk tolerance: conservative later only, aggressive earlier too", () => {
    const construction = { ...mandate, stages: ["CONSTRUCTION"] };
    const stageScore = (riskTolerance: MandateForScoring["riskTolerance"], stage: string) =>
      scoreMatch({ ...construction, riskTolerance }, { ...project, stage }, fx).breakdown.dimensions.stage.score;
    expect(["CONCEPT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"].map((stage) => stageScore("CONSERVATIVE", stage))).toEqual([0, 0, 100, 60]);
    expect(["CONCEPT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"].map((stage) => stageScore("MODERATE", stage))).toEqual([0, 30, 100, 50]);
    expect(["CONCEPT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"].map((stage) => stageScore("AGGRESSIVE", stage))).toEqual([30, 60, 100, 30]);
    expect(scoreMatch({ ...construction, riskTolerance: "CONSERVATIVE" }, { ...project, stage: "DEVELOPMENT" }, fx).breakdown.dimensions.stage.reason).toBe(
      "Development is one stage earlier than the mandate's stages (Construction); a conservative mandate gives it no credit.",
    );
  });

  it("scores ESG against the mandate's minimum and evidence from the latest completed Signal Score, saying when there is none", () => {
    const short = scoreMatch(mandate, { ...project, esgScore: 55.5 }, fx);
    expect(short.breakdown.dimensions.esg).toMatchObject({ score: 78, reason: "ESG score 55.5 is 4.5 points below the mandate's minimum of 60." });
    const unscored = scoreMatch(mandate, { ...project, esgScore: null, signalScore: null }, fx);
    expect(unscored.breakdown.dimensions.esg).toMatchObject({ score: 30, reason: "No ESG score yet, so the mandate's minimum of 60 cannot be checked." });
    expect(unscored.breakdown.dimensions.evidence).toMatchObject({ score: 10, reason: "No completed Signal Score yet: the project's evidence is unproven." });
    const noMinimum = scoreMatch({ ...mandate, minEsgScore: null }, { ...project, esgScore: 12 }, fx);
    expect(noMinimum.breakdown.dimensions.esg).toMatchObject({ score: 100, reason: "The mandate sets no ESG minimum; the project's ESG score is 12." });
  });

  it("uses the mandate's own weights", () => {
    const weights = { geography: 50, sector: 30, stage: 20, deal_size: 0, esg: 0, evidence: 0 };
    const result = scoreMatch({ ...mandate, weights }, { ...project, stage: "CONCEPT" }, fx);
    // Concept is one stage before Development: 30% for a moderate mandate, of 20 points.
    expect(result.overall).toBe(86);
    expect(MATCH_DIMENSIONS.map((d) => result.breakdown.dimensions[d].points)).toEqual([50, 30, 6, 0, 0, 0]);
  });

  it("round-trips through parseMatchBreakdown; a legacy breakdown parses as null", () => {
    const { breakdown } = scoreMatch(mandate, { ...project, currency: "GBP" }, fx);
    expect(parseMatchBreakdown(JSON.parse(JSON.stringify(breakdown)))).toEqual(breakdown);
    expect(parseMatchBreakdown({ geography: { score: 100, weight: 0.25, rationale: "Kenya is a core market." } })).toBeNull();
    expect(parseMatchBreakdown(null)).toBeNull();
  });
});

describe("points and overall", () => {
  it("largest remainder: points add up to the total, the larger remainders get the spare points, earlier parts on a tie", () => {
    // 25.6 20.4 15.5 20.3 10.7 7.5: floors make 97; the three spare points go to .7, .6 and the first .5.
    expect(allocatePoints([2560, 2040, 1550, 2030, 1070, 750], 100, 100)).toEqual([26, 20, 16, 20, 11, 7]);
    expect(allocatePoints([1050, 1050, 1050], 100, 32)).toEqual([11, 11, 10]);
    expect(allocatePoints([0, 0], 100, 0)).toEqual([0, 0]);
  });

  it("on random pairs: points add up to the overall, each within one of weight x score / 100, overall 0-100", () => {
    const random = seeded(7);
    for (let i = 0; i < 2_000; i += 1) {
      const { mandate: m, project: p } = randomPair(random);
      const { overall, breakdown } = scoreMatch(m, p, fx);
      const points = MATCH_DIMENSIONS.map((d) => breakdown.dimensions[d].points);
      expect(points.reduce((sum, value) => sum + value, 0)).toBe(overall);
      expect(overall).toBeGreaterThanOrEqual(0);
      expect(overall).toBeLessThanOrEqual(100);
      if (!breakdown.excludedBy) {
        for (const d of MATCH_DIMENSIONS)
          expect(Math.abs(breakdown.dimensions[d].points - (breakdown.dimensions[d].weight * breakdown.dimensions[d].score) / 100)).toBeLessThan(1);
      }
    }
  });
});

describe("findCandidatePairs (the bulk pass)", () => {
  it("finds exactly the pairs scoreMatch scores at or above the threshold, on random mandates and projects", () => {
    const random = seeded(11);
    const pairs = Array.from({ length: 60 }, () => randomPair(random));
    const mandates = pairs.map((pair) => ({ ...pair.mandate, exclusions: [] }));
    const projects = pairs.map((pair) => pair.project);
    const found = findCandidatePairs(mandates, projects, fx);
    const expected: string[] = [];
    mandates.forEach((m, mi) =>
      projects.forEach((p, pi) => {
        if (scoreMatch(m, p, fx).overall >= MATCH_SUGGESTION_THRESHOLD) expected.push(`${mi}/${pi}`);
      }),
    );
    const actual = found.mandates.map((mi, index) => `${mi}/${found.projects[index]}`);
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(3_000);
    expect(actual.sort()).toEqual(expected.sort());
  });
});

describe("mandate columns", () => {
  it("weights that are not six whole numbers summing to 100 fall back to the defaults", () => {
    expect(parseDimensionWeights({ geography: 40, sector: 20, stage: 10, deal_size: 15, esg: 10, evidence: 5 }).geography).toBe(40);
    expect(parseDimensionWeights({ geography: 40, sector: 20, stage: 10, deal_size: 15, esg: 10, evidence: 6 })).toEqual(DEFAULT_DIMENSION_WEIGHTS);
    expect(parseDimensionWeights({ geography: 0.25 })).toEqual(DEFAULT_DIMENSION_WEIGHTS);
    expect(parseDimensionWeights(null)).toEqual(DEFAULT_DIMENSION_WEIGHTS);
  });

  it("reads minEsgScore from the ESG requirements, ignoring anything else", () => {
    expect(parseMinEsgScore({ minEsgScore: 60, requireFpic: true })).toBe(60);
    expect(parseMinEsgScore({ minEsgScore: "55" })).toBe(55);
    expect(parseMinEsgScore({ minEsgScore: 150 })).toBeNull();
    expect(parseMinEsgScore({})).toBeNull();
  });
});

/** A small deterministic generator, so a failure reproduces. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function randomPair(random: () => number) {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const some = <T>(values: readonly T[]) => values.filter(() => random() < 0.4);
  const countries = ["KE", "UG", "CL", "IN", "SO", "DE"];
  const types = ["SOLAR", "WIND", "HYDRO", "STORAGE"];
  const stages = ["CONCEPT", "DEVELOPMENT", "CONSTRUCTION", "OPERATIONAL"];
  const weights = [
    DEFAULT_DIMENSION_WEIGHTS,
    { geography: 40, sector: 20, stage: 10, deal_size: 15, esg: 10, evidence: 5 },
    { geography: 17, sector: 17, stage: 17, deal_size: 17, esg: 16, evidence: 16 },
  ];
  const min = random() < 0.2 ? null : String(Math.round(random() * 10_000_000));
  const randomMandate: MandateForScoring = {
    ...mandate,
    projectTypes: some(types),
    geographies: some(countries),
    stages: some(stages),
    ticketSizeMin: min,
    ticketSizeMax: random() < 0.2 ? null : String(Number(min ?? 0) + Math.round(random() * 30_000_000)),
    currency: pick(["USD", "EUR", "GBP"]),
    minEsgScore: random() < 0.3 ? null : Math.round(random() * 100),
    exclusions: random() < 0.2 ? ["coal"] : [],
    excludedGeographies: random() < 0.2 ? ["SO"] : [],
    riskTolerance: pick(["CONSERVATIVE", "MODERATE", "AGGRESSIVE"] as const),
    weights: pick(weights),
  };
  const randomProject: ProjectForScoring = {
    ...project,
    projectType: pick(types),
    stage: pick(stages),
    country: pick(countries),
    currency: pick(["USD", "EUR", "GBP", "KES", "JPY"]),
    totalInvestmentRequired: `${Math.round(random() * 60_000_000)}.5000`,
    signalScore: random() < 0.3 ? null : Math.round(random() * 10_000) / 100,
    esgScore: random() < 0.3 ? null : Math.round(random() * 10_000) / 100,
    description: random() < 0.2 ? "Coal conversion." : "A project.",
  };
  return { mandate: randomMandate, project: randomProject };
}
