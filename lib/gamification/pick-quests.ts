import { DIMENSIONS } from "@/lib/signal-score/dimensions";
import type { SignalScoreOutput } from "@/lib/signal-score/schemas";
import { improveDimensionTemplate, IMPROVE_THRESHOLD, QUEST_BY_CRITERION, type QuestTemplate } from "./quest-catalogue";

export type QuestCandidate = { template: QuestTemplate; dimension: string; impact: number };

/**
 * From a completed score, the quests worth most overall points: each missing criterion's points,
 * scaled to its dimension and weighted into the overall score; an "improve" quest for a
 * dimension below the threshold only when concrete steps run out. Pure: the job and the seed pick alike.
 */
export function pickQuests(output: SignalScoreOutput): QuestCandidate[] {
  const candidates: QuestCandidate[] = [];
  for (const d of DIMENSIONS) {
    const { criteria, score } = output.dimensions[d.key];
    const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0) || 1;
    for (const c of criteria) {
      const template = QUEST_BY_CRITERION[c.label];
      const gap = c.maxPoints - c.points;
      if (template && gap > 0) candidates.push({ template, dimension: d.key, impact: Math.max(1, Math.round((gap / max) * 100 * d.weight)) });
    }
    if (score < IMPROVE_THRESHOLD)
      candidates.push({ template: improveDimensionTemplate(d.key, d.label), dimension: d.key, impact: Math.max(1, Math.round((IMPROVE_THRESHOLD - score) * d.weight)) });
  }
  // Concrete steps first: "raise a dimension" is the fallback when there are too few of them.
  const vague = (c: QuestCandidate) => (c.template.actionType === "improve_dimension" ? 1 : 0);
  return candidates.sort((a, b) => vague(a) - vague(b) || b.impact - a.impact || a.template.title.localeCompare(b.template.title));
}
