import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { evaluateQuestCondition } from "./evaluate-quest";

/**
 * Completes every active quest of the project whose condition is now true. Idempotent: only
 * `active` rows change, so a rerun completes nothing twice.
 */
export async function completeMetQuests(orgId: string, projectId: string): Promise<number> {
  const project = await db.project.findFirst({ where: { id: projectId, orgId }, select: { id: true } });
  if (!project) return 0;
  const active = await db.improvementQuest.findMany({ where: { projectId, status: "active" } });
  const met: string[] = [];
  const cache = {};
  for (const quest of active) if (await evaluateQuestCondition(orgId, projectId, quest.title, cache)) met.push(quest.id);
  if (met.length === 0) return 0;
  return auditedWrite(systemActor(orgId, "complete-improvement-quests"), async (tx) => {
    const completedAt = new Date();
    let completed = 0;
    const audit = [];
    for (const id of met) {
      const { count } = await tx.improvementQuest.updateMany({ where: { id, projectId, status: "active" }, data: { status: "completed", completedAt } });
      completed += count;
      if (count)
        audit.push({
          action: "quest.completed" as const,
          entityType: "ImprovementQuest",
          entityId: id,
          changes: { before: { status: "active" }, after: { status: "completed" } },
        });
    }
    return { result: completed, audit };
  });
}
