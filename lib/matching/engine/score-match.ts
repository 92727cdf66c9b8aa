import { type FxTable, resolveConversion } from "@/lib/fx/fx-table";
import { allocatePoints } from "./allocate-points";
import { findExclusion } from "./find-exclusion";
import type { MatchBreakdown, MatchDimensionScore } from "./match-breakdown";
import { MATCH_DIMENSIONS, type MatchDimension } from "./match-dimensions";
import { scoreDealSize } from "./score-deal-size";
import { scoreEsg, scoreEvidence } from "./score-evidence-dimensions";
import { type DimensionResult, scoreGeography, scoreSector, scoreStage } from "./score-fit-dimensions";
import type { MandateForScoring, ProjectForScoring } from "./scoring-inputs";

/**
 * How a project fits a mandate. Pure: the jobs, scorePair and the seed all score through here.
 *
 * | dimension  | score (0-100)                                                                                   |
 * | ---------- | ----------------------------------------------------------------------------------------------- |
 * | geography  | 100 when the country is in the mandate's geographies (none listed: anywhere), else 0            |
 * | sector     | 100 when the project type is in the mandate's sectors (none listed: any), else 0                |
 * | stage      | 100 in the mandate's stages (none: any); next to them by risk tolerance, one step / two or more: |
 * |            | CONSERVATIVE earlier 0/0, later 60/30; MODERATE earlier 30/0, later 50/20;                      |
 * |            | AGGRESSIVE earlier 60/30, later 30/0                                                            |
 * | deal_size  | total_investment_required in the mandate currency (ECB rate of today or up to 7 days before,    |
 * |            | lib/fx/fx-table.ts): 100 inside [min, max] (a missing bound: open); above max: max / need;      |
 * |            | below min: need / min (as %). No usable rate: 0, and the rate is named (missingRate)            |
 * | esg        | latest COMPLETED signal score's esg_score vs esg_requirements.minEsgScore: no minimum 100;      |
 * |            | meets it 100; below it 100 - 5 per point short (floor 0); no ESG score 30                       |
 * | evidence   | latest COMPLETED signal score's overall, rounded; none 10                                       |
 * | exclusions | a country or sector outside the mandate's (they are gates), an excluded country, or an         |
 * |            | exclusion word (whole word, any case) in the name, description or technology details:           |
 * |            | excludedBy says which; overall 0, every dimension 0 points, never suggested                     |
 *
 * overall = round(sum(weight x score) / 100), weights in points of 100 (mandate.dimension_weights);
 * each dimension's points are weight x score / 100 split by largest remainder, so they add up to
 * the overall exactly. Suggested when overall >= MATCH_SUGGESTION_THRESHOLD and not excluded.
 */
export function scoreMatch(mandate: MandateForScoring, project: ProjectForScoring, fx: FxTable): { overall: number; breakdown: MatchBreakdown } {
  const conversion = resolveConversion(fx, project.currency, mandate.currency);
  const results: Record<MatchDimension, DimensionResult> = {
    geography: remembered(mandate, `g/${project.country}`, () => scoreGeography(mandate, project.country)),
    sector: remembered(mandate, `s/${project.projectType}`, () => scoreSector(mandate, project.projectType)),
    stage: remembered(mandate, `t/${project.stage}`, () => scoreStage(mandate, project.stage)),
    deal_size: scoreDealSize({
      totalInvestmentRequired: project.totalInvestmentRequired,
      projectCurrency: project.currency,
      mandateCurrency: mandate.currency,
      ticketSizeMin: mandate.ticketSizeMin,
      ticketSizeMax: mandate.ticketSizeMax,
      conversion,
    }),
    esg: scoreEsg(project.esgScore, mandate.minEsgScore),
    evidence: scoreEvidence(project.signalScore),
  };
  const excludedBy = findExclusion(mandate, project);
  const products = MATCH_DIMENSIONS.map((dimension) => mandate.weights[dimension] * results[dimension].score);
  const overall = excludedBy ? 0 : overallFromProducts(products);
  const points = allocatePoints(excludedBy ? products.map(() => 0) : products, 100, overall);
  const dimensions = Object.fromEntries(
    MATCH_DIMENSIONS.map((dimension, index): [MatchDimension, MatchDimensionScore] => [
      dimension,
      { score: results[dimension].score, weight: mandate.weights[dimension], points: points[index], reason: results[dimension].reason },
    ]),
  ) as Record<MatchDimension, MatchDimensionScore>;
  const usedRate =
    conversion && !("missing" in conversion)
      ? { rate: conversion.rate, rateDate: conversion.rateDate, source: conversion.source, from: conversion.from, to: conversion.to }
      : null;
  const missingRate = conversion && "missing" in conversion ? conversion.missing : null;
  return { overall, breakdown: { version: 1, dimensions, excludedBy, fx: usedRate, missingRate } };
}

/** Geography, sector and stage depend on one value of the project: a mandate meets the same few thousands of times in a run. */
const fitResults = new WeakMap<MandateForScoring, Map<string, DimensionResult>>();

function remembered(mandate: MandateForScoring, key: string, score: () => DimensionResult): DimensionResult {
  let results = fitResults.get(mandate);
  if (!results) fitResults.set(mandate, (results = new Map()));
  let result = results.get(key);
  if (!result) results.set(key, (result = score()));
  return result;
}

/** round(sum of weight x score / 100): the bulk pass (match-candidates.ts) computes the same sum. */
export function overallFromProducts(products: readonly number[]): number {
  return Math.round(products.reduce((sum, product) => sum + product, 0) / 100);
}
