import { type FxTable, resolveConversion } from "@/lib/fx/fx-table";
import { PROJECT_STAGES } from "@/lib/projects/project-options";
import { MATCH_SUGGESTION_THRESHOLD } from "./match-dimensions";
import { dealSizeScore, needInMandateCurrency } from "./score-deal-size";
import { esgScore, evidenceScore } from "./score-evidence-dimensions";
import { geographyScore, sectorScore, stageScore } from "./score-fit-dimensions";
import type { MandateForScoring, ProjectFacts } from "./scoring-inputs";

/** Pairs by index into the mandates and projects given. */
export type CandidatePairs = { mandates: number[]; projects: number[] };

const EXCLUDED = -1_000_000;

/** Each distinct value gets a small integer, so per-mandate tables are arrays, not maps. */
function indexValues(values: readonly string[]): { codes: Int32Array; distinct: string[] } {
  const positions = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((value, index) => {
    let code = positions.get(value);
    if (code === undefined) positions.set(value, (code = positions.size));
    codes[index] = code;
  });
  return { codes, distinct: [...positions.keys()] };
}

/**
 * The pairs whose overall reaches the threshold, before exclusion words (scoreMatch applies those
 * to the few pairs found; the gates, countries and sectors, are applied here). This is scoreMatch's
 * arithmetic without its sentences: the same dimension functions, the same sum of weight x score,
 * the same rounding, so a pair without exclusion words is found here exactly when scoreMatch
 * scores it at or above the threshold (tests/unit/matching-score.test.ts checks both on random
 * pairs). A mandate with countries looks only at the projects in them, and per-mandate lookup
 * tables keep 1,000 x 10,000 pairs to a fraction of a second.
 */
export function findCandidatePairs(
  mandates: readonly MandateForScoring[],
  projects: readonly ProjectFacts[],
  fx: FxTable,
  threshold = MATCH_SUGGESTION_THRESHOLD,
): CandidatePairs {
  const countries = indexValues(projects.map((p) => p.country));
  const byCountry = groupByCode(countries);
  const types = indexValues(projects.map((p) => p.projectType));
  const stages = projects.map((p) => PROJECT_STAGES.indexOf(p.stage as (typeof PROJECT_STAGES)[number]));
  const esgs = projects.map((p) => p.esgScore);
  const evidence = Int32Array.from(projects, (p) => evidenceScore(p.signalScore));
  const needs = needsByCurrency(new Set(mandates.map((m) => m.currency)), projects, fx);
  const everyProject = Int32Array.from(projects, (_, index) => index);
  const found: CandidatePairs = { mandates: [], projects: [] };

  mandates.forEach((mandate, m) => {
    const w = mandate.weights;
    const gated = (fits: boolean, points: number) => (fits ? points : EXCLUDED);
    const geo = Int32Array.from(countries.distinct, (c) => gated(!mandate.excludedGeographies.includes(c) && geographyScore(mandate, c) > 0, w.geography * 100));
    const sector = Int32Array.from(types.distinct, (t) => gated(sectorScore(mandate, t) > 0, w.sector * 100));
    const stage = Int32Array.from(PROJECT_STAGES, (s) => w.stage * stageScore(mandate, s));
    const need = needs.get(mandate.currency)!;
    const min = mandate.ticketSizeMin === null ? null : Number(mandate.ticketSizeMin);
    const max = mandate.ticketSizeMax === null ? null : Number(mandate.ticketSizeMax);
    const scan = (candidates: ArrayLike<number>) => {
      for (let i = 0; i < candidates.length; i += 1) {
        const p = candidates[i];
        const fit = geo[countries.codes[p]] + sector[types.codes[p]];
        if (fit < 0) continue;
        const sum = fit + stage[stages[p]] + w.deal_size * dealSizeScore(need[p], min, max) + w.esg * esgScore(esgs[p], mandate.minEsgScore) + w.evidence * evidence[p];
        if (Math.round(sum / 100) >= threshold) found.mandates.push(m), found.projects.push(p);
      }
    };
    if (mandate.geographies.length === 0) scan(everyProject);
    else for (const country of new Set(mandate.geographies)) scan(byCountry.get(country) ?? []);
  });
  return found;
}

/** Project indexes per country code value. */
function groupByCode(values: { codes: Int32Array; distinct: string[] }): Map<string, number[]> {
  const groups = new Map<string, number[]>(values.distinct.map((value) => [value, []]));
  values.codes.forEach((code, index) => groups.get(values.distinct[code])!.push(index));
  return groups;
}

/** Each project's need in each mandate currency, NaN where no usable rate converts it (deal size 0). */
function needsByCurrency(currencies: Set<string>, projects: readonly ProjectFacts[], fx: FxTable): Map<string, Float64Array> {
  const needs = new Map<string, Float64Array>();
  for (const currency of currencies) {
    const conversions = new Map<string, ReturnType<typeof resolveConversion>>();
    needs.set(
      currency,
      Float64Array.from(projects, (project) => {
        if (!conversions.has(project.currency)) conversions.set(project.currency, resolveConversion(fx, project.currency, currency));
        const conversion = conversions.get(project.currency)!;
        return conversion && "missing" in conversion ? Number.NaN : needInMandateCurrency(project.totalInvestmentRequired, conversion);
      }),
    );
  }
  return needs;
}
