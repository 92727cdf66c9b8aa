import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { DIMENSIONS } from "@/lib/signal-score/dimensions";
import type { SignalScoreOutput } from "@/lib/signal-score/schemas";
import { improveDimensionTemplate, IMPROVE_THRESHOLD, QUEST_BY_CRITERION, type QuestTemplate } from "./quest-catalogue";

const QUESTS_PER_SCORE = 3;

type Candidate = { template: QuestTemplate; dimension: string; impact: number };

/**
 * From a completed score, the quests worth most overall points: each missing criterion's points,
 * scaled to its dimension and weighted into the overall score; an "improve" quest for a
 * dimension below the threshold only when concrete steps run out. A quest already active for the project is not created twice.
 */
export function pickQuests(output: SignalScoreOutput): Candidate[] {
  const candidates: Candidate[] = [];
  for (const d of DIMENSIONS) {
    const { criteria, score } = output.dimensions[d.key];
    const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0) || 1;
    for (const c of criteria) {
      const template = QUEST_BY_CRITERION[c.label];
      const gap = c.maxPoints - c.points;
      if (template && gap > 0) candidates.push({ template, dimension: d.key, impact: Math.max(1, Math.round((gap / max) * 100 * d.weight)) });
    }
    if (score < IMPROVE_THRESHOLD) candidates.push({ template: improveDimensionTemplate(d.key, d.label), dimension: d.key, impact: Math.max(1, Math.round((IMPROVE_THRESHOLD - score) * d.weight)) });
  }
  // Concrete steps first: "raise a dimension" is the fallback when there are too few of them.
  const vague = (c: Candidate) => (c.template.actionType === "improve_dimension" ? 1 : 0);
  return candidates.sort((a, b) => vague(a) - vague(b) || b.impact - a.impact || a.template.title.localeCompare(b.template.title));
}

export async function generateQuests(orgId: string, projectId: string, output: SignalScoreOutput): Promise<number> {
  return auditedWrite(systemActor(orgId), async (tx) => {
    const project = await tx.project.findFirst({ where: { id: projectId, orgId }, select: { id: true } });
    if (!project) return { result: 0, audit: [] };
    const active = new Set((await tx.improvementQuest.findMany({ where: { projectId, status: "active" }, select: { title: true } })).map((q) => q.title));
    const fresh = pickQuests(output).filter((c) => !active.has(c.template.title)).slice(0, Math.max(0, QUESTS_PER_SCORE - active.size));
    const created = [];
    for (const c of fresh) {
      created.push(await tx.improvementQuest.create({
        data: { projectId, title: c.template.title, description: c.template.description, actionType: c.template.actionType, targetDimension: c.dimension, estimatedScoreImpact: c.impact },
      }));
    }
    return {
      result: created.length,
      audit: created.map((q) => ({ action: "quest.created" as const, entityType: "ImprovementQuest", entityId: q.id, changes: { before: null, after: { projectId, title: q.title, estimatedScoreImpact: q.estimatedScoreImpact } } })),
    };
  });
}
