import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import type { SignalScoreOutput } from "@/lib/signal-score/schemas";
import { pickQuests } from "./pick-quests";

const QUESTS_PER_SCORE = 3;

/** Up to three active quests per project from a completed score; an active quest is not created twice. */
export async function generateQuests(orgId: string, projectId: string, output: SignalScoreOutput): Promise<number> {
  return auditedWrite(systemActor(orgId, "score-signal"), async (tx) => {
    const project = await tx.project.findFirst({ where: { id: projectId, orgId }, select: { id: true } });
    if (!project) return { result: 0, audit: [] };
    const active = new Set((await tx.improvementQuest.findMany({ where: { projectId, status: "active" }, select: { title: true } })).map((q) => q.title));
    const fresh = pickQuests(output)
      .filter((c) => !active.has(c.template.title))
      .slice(0, Math.max(0, QUESTS_PER_SCORE - active.size));
    const created = [];
    for (const c of fresh) {
      created.push(
        await tx.improvementQuest.create({
          data: {
            projectId,
            title: c.template.title,
            description: c.template.description,
            actionType: c.template.actionType,
            targetDimension: c.dimension,
            estimatedScoreImpact: c.impact,
          },
        }),
      );
    }
    return {
      result: created.length,
      audit: created.map((q) => ({
        action: "quest.created" as const,
        entityType: "ImprovementQuest",
        entityId: q.id,
        changes: { before: null, after: { projectId, title: q.title, estimatedScoreImpact: q.estimatedScoreImpact } },
      })),
    };
  });
}
