import { readDocumentText } from "@/lib/ai/read-document-text";
import { db } from "@/lib/db/client";
import { DIMENSIONS } from "@/lib/signal-score/dimensions";
import { extractDocumentFacts } from "@/lib/signal-score/extract-document-facts";
import type { FactKey } from "@/lib/signal-score/fact-rules";
import type { QuestCondition } from "./quest-catalogue";

/** Facts the project's current documents show, by the same rules the offline score uses (no model cost). */
export async function projectFactKeys(orgId: string, projectId: string): Promise<Set<FactKey>> {
  const documents = await db.document.findMany({ where: { orgId, projectId, isDeleted: false, newerVersions: { none: { isDeleted: false } } }, select: { id: true } });
  const keys = new Set<FactKey>();
  for (const { id } of documents) {
    const document = await readDocumentText(orgId, id);
    if (document) for (const fact of extractDocumentFacts(document.text).facts) keys.add(fact.key);
  }
  return keys;
}

type ProjectState = { orgId: string; projectId: string; facts: () => Promise<Set<FactKey>> };

export async function isConditionMet(condition: QuestCondition, state: ProjectState): Promise<boolean> {
  const { orgId, projectId } = state;
  switch (condition.kind) {
    case "fact":
      return (await state.facts()).has(condition.key);
    case "team_members":
      return (await db.user.count({ where: { orgId, isActive: true } })) >= condition.min;
    case "milestones":
      return (await db.projectMilestone.count({ where: { projectId, project: { orgId } } })) >= condition.min;
    case "budget_lines":
      return (await db.projectBudgetItem.count({ where: { projectId, project: { orgId } } })) >= condition.min;
    case "target_close_date":
      return (await db.project.count({ where: { id: projectId, orgId, targetCloseDate: { not: null } } })) > 0;
    case "capacity":
      return (await db.project.count({ where: { id: projectId, orgId, capacityMw: { gt: 0 } } })) > 0;
    case "dimension": {
      const column = DIMENSIONS.find((d) => d.key === condition.key)!.column;
      const latest = await db.signalScore.findFirst({ where: { projectId, orgId, status: "COMPLETED" }, orderBy: { version: "desc" } });
      return Number(latest?.[column] ?? 0) >= condition.min;
    }
  }
}
