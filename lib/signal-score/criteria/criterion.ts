import type { FactKey } from "../fact-rules";
import type { ScoreInputs } from "../score-inputs";
import type { Criterion, DimensionResult } from "../schemas";

/** Enough to show where evidence is, few enough that the sources list stays readable. */
const MAX_SOURCES_PER_CRITERION = 2;

export function criterion(label: string, maxPoints: number, points: number, explanation: string, sources: number[] = []): Criterion {
  return { label, maxPoints, points: Math.max(0, Math.min(points, maxPoints)), explanation, sources };
}

/** Full points when the data room holds the evidence (cited), none when it does not (and says what is missing). */
export function evidenceCriterion(inputs: ScoreInputs, keys: FactKey[], label: string, maxPoints: number, missing: string): Criterion {
  const found = inputs.sources.filter((s) => keys.includes(s.key)).slice(0, MAX_SOURCES_PER_CRITERION);
  if (found.length === 0) return criterion(label, maxPoints, 0, missing);
  const where = [...new Set(found.map((s) => s.documentName))].join("; ");
  return criterion(label, maxPoints, maxPoints, `Found in ${where}.`, found.map((s) => s.n));
}

export function toDimension(criteria: Criterion[]): DimensionResult {
  const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  const earned = criteria.reduce((sum, c) => sum + c.points, 0);
  return { score: max ? Math.round((earned / max) * 100) : 0, criteria };
}
