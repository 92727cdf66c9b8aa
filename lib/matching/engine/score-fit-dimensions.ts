import { PROJECT_STAGES } from "@/lib/projects/project-options";
import { countryName, listNames, sectorName, stageName } from "./describe-words";
import type { MandateForScoring, RiskToleranceName } from "./scoring-inputs";

export type DimensionResult = { score: number; reason: string };

export function geographyScore(mandate: Pick<MandateForScoring, "geographies">, country: string): number {
  return mandate.geographies.length === 0 || mandate.geographies.includes(country) ? 100 : 0;
}

export function scoreGeography(mandate: MandateForScoring, country: string): DimensionResult {
  const score = geographyScore(mandate, country);
  if (mandate.geographies.length === 0) return { score, reason: `The mandate invests anywhere, ${countryName(country)} included.` };
  if (score === 100) return { score, reason: `${countryName(country)} is one of the mandate's geographies.` };
  return { score, reason: `${countryName(country)} is outside the mandate's geographies (${listNames(mandate.geographies.map(countryName))}).` };
}

export function sectorScore(mandate: Pick<MandateForScoring, "projectTypes">, projectType: string): number {
  return mandate.projectTypes.length === 0 || mandate.projectTypes.includes(projectType) ? 100 : 0;
}

export function scoreSector(mandate: MandateForScoring, projectType: string): DimensionResult {
  const score = sectorScore(mandate, projectType);
  const sector = sectorName(projectType);
  if (mandate.projectTypes.length === 0) return { score, reason: `The mandate invests in any sector, ${sector.toLowerCase()} included.` };
  if (score === 100) return { score, reason: `${sector} is one of the mandate's sectors.` };
  return { score, reason: `${sector} is not among the mandate's sectors (${listNames(mandate.projectTypes.map(sectorName))}).` };
}

/**
 * Credit for a stage next to the mandate's, by risk tolerance: a conservative mandate takes a
 * de-risked (later) asset, never an earlier one; an aggressive one reaches back to earlier stages.
 * Index 0 is one stage away, index 1 two or more.
 */
const STAGE_CREDIT: Record<RiskToleranceName, { earlier: [number, number]; later: [number, number] }> = {
  CONSERVATIVE: { earlier: [0, 0], later: [60, 30] },
  MODERATE: { earlier: [30, 0], later: [50, 20] },
  AGGRESSIVE: { earlier: [60, 30], later: [30, 0] },
};

type StageFit = { score: number; steps: number; direction: "earlier" | "later" | null };

function stageFit(mandate: Pick<MandateForScoring, "stages" | "riskTolerance">, stage: string): StageFit {
  if (mandate.stages.length === 0 || mandate.stages.includes(stage)) return { score: 100, steps: 0, direction: null };
  const index = PROJECT_STAGES.indexOf(stage as (typeof PROJECT_STAGES)[number]);
  let best: StageFit = { score: 0, steps: Number.POSITIVE_INFINITY, direction: null };
  for (const accepted of mandate.stages) {
    const distance = index - PROJECT_STAGES.indexOf(accepted as (typeof PROJECT_STAGES)[number]);
    const direction = distance < 0 ? "earlier" : "later";
    const steps = Math.abs(distance);
    const score = STAGE_CREDIT[mandate.riskTolerance][direction][Math.min(steps, 2) - 1];
    if (score > best.score || (score === best.score && steps < best.steps)) best = { score, steps, direction };
  }
  return best;
}

export function stageScore(mandate: Pick<MandateForScoring, "stages" | "riskTolerance">, stage: string): number {
  return stageFit(mandate, stage).score;
}

export function scoreStage(mandate: MandateForScoring, stage: string): DimensionResult {
  const fit = stageFit(mandate, stage);
  const name = stageName(stage);
  if (mandate.stages.length === 0) return { score: 100, reason: `The mandate invests at any stage, ${name.toLowerCase()} included.` };
  if (fit.direction === null) return { score: 100, reason: `${name} is one of the mandate's stages.` };
  const distance = fit.steps === 1 ? "one stage" : `${fit.steps} stages`;
  const tolerance = mandate.riskTolerance.toLowerCase();
  const credit = fit.score === 0 ? "gives it no credit" : `gives it ${fit.score}%`;
  return {
    score: fit.score,
    reason: `${name} is ${distance} ${fit.direction} than the mandate's stages (${listNames(mandate.stages.map(stageName))}); a ${tolerance} mandate ${credit}.`,
  };
}
