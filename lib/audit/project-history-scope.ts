import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * Which audit rows belong to a project: rows about the project itself or about a record that
 * hangs under it (milestones, budget lines, scores, data-room documents and folders, redactions,
 * notes, badges and quests earned on it, deal rooms), plus rows that recorded `projectId` in their
 * before/after snapshot. The last part keeps a deleted milestone or budget line (no longer in its
 * table) in the history. The caller has already checked that the project is the tenant's.
 */
export async function projectHistoryScope(projectId: string): Promise<Prisma.AuditLogWhereInput> {
  const where = { projectId };
  const select = { id: true } as const;
  const documents = await db.document.findMany({ where, select });
  const children = await Promise.all([
    db.projectMilestone.findMany({ where, select }),
    db.projectBudgetItem.findMany({ where, select }),
    db.signalScore.findMany({ where, select }),
    db.documentFolder.findMany({ where, select }),
    db.redactionJob.findMany({ where: { documentId: { in: documents.map((d) => d.id) } }, select }),
    db.documentAnnotation.findMany({ where: { document: where }, select }),
    db.userBadge.findMany({ where, select }),
    db.improvementQuest.findMany({ where, select }),
    db.dealRoom.findMany({ where, select }),
  ]);
  const entityIds = [projectId, ...documents.map((d) => d.id), ...children.flat().map((child) => child.id)];
  return {
    OR: [
      { entityId: { in: entityIds } },
      { changes: { path: ["before", "projectId"], equals: projectId } },
      { changes: { path: ["after", "projectId"], equals: projectId } },
    ],
  };
}
