import { FACT_RULES, type FactKey, type FactRule } from "../fact-rules";
import { gradeEvidence, type EvidenceGrade } from "../grade-evidence";
import type { ScoreInputs, ScoreSource } from "../score-inputs";
import type { Criterion, DimensionResult } from "../schemas";

/** Enough to show where evidence is, few enough that the sources list stays readable. */
const MAX_SOURCES_PER_CRITERION = 2;
const EXPLANATION_LIMIT = 600;

export function criterion(label: string, maxPoints: number, points: number, explanation: string, sources: number[] = []): Criterion {
  const bounded = Math.max(0, Math.min(points, maxPoints));
  return { label, maxPoints, points: bounded, explanation: explanation.slice(0, EXPLANATION_LIMIT), sources };
}

/** Where a passage is, as a reader finds it: "ESIA.pdf, p. 2". */
export function located(sources: Pick<ScoreSource, "documentName" | "page">[]): string {
  return sources.map((s) => `${s.documentName}, p. ${s.page}`).join("; ");
}

/**
 * The data room's strongest evidence for a fact: every source is graded again by the same rules
 * (a model's or an older analysis's excerpt earns nothing unless it states the fact).
 */
export function strongestEvidence(inputs: ScoreInputs, key: FactKey): { grade: EvidenceGrade; sources: ScoreSource[] } | null {
  const graded = inputs.sources.filter((s) => s.key === key).map((s) => ({ source: s, grade: gradeEvidence(key, s.excerpt, s.headings) }));
  for (const grade of ["full", "partial"] as const) {
    const matching = graded.filter((g) => g.grade === grade).map((g) => g.source);
    const distinct = matching.filter((s, i) => matching.findIndex((t) => t.n === s.n) === i);
    if (distinct.length) return { grade, sources: distinct.slice(0, MAX_SOURCES_PER_CRITERION) };
  }
  return null;
}

/**
 * Full points for a statement of the fact, half for partial evidence (an application, a term
 * sheet), none otherwise; the explanation names what was found where, and what is missing.
 */
export function evidenceCriterion(inputs: ScoreInputs, key: FactKey, label: string, maxPoints: number, missing: string): Criterion {
  const rule: FactRule = FACT_RULES[key];
  const evidence = strongestEvidence(inputs, key);
  if (!evidence) return criterion(label, maxPoints, 0, missing);
  const where = located(evidence.sources);
  const cited = evidence.sources.map((s) => s.n);
  if (evidence.grade === "full") return criterion(label, maxPoints, maxPoints, `${rule.found} (${where}).`, cited);
  return criterion(label, maxPoints, Math.round(maxPoints / 2), `${rule.partial ?? rule.found} (${where}); missing: ${rule.lacking ?? "stronger evidence"}.`, cited);
}

export function toDimension(criteria: Criterion[]): DimensionResult {
  const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  const earned = criteria.reduce((sum, c) => sum + c.points, 0);
  return { score: max ? Math.round((earned / max) * 100) : 0, criteria };
}
