import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listAuditFilterOptions } from "./list-audit-filter-options";
import { listAuditLogs } from "./list-audit-logs";
import type { AuditQuery } from "./schemas";

/**
 * Which audit rows belong to a project: rows about the project itself or about one of its current
 * milestones and budget lines (by entity id), plus rows that recorded `projectId` in their
 * before/after snapshot. The last part is how a deleted milestone or budget line (no longer in
 * its table) stays in the history, so writers of child records include `projectId` in the
 * snapshots of created and deleted records.
 */
async function projectHistoryScope(projectId: string): Promise<Prisma.AuditLogWhereInput> {
  const [milestones, budgetItems] = await Promise.all([
    db.projectMilestone.findMany({ where: { projectId }, select: { id: true } }),
    db.projectBudgetItem.findMany({ where: { projectId }, select: { id: true } }),
  ]);
  const entityIds = [projectId, ...milestones.map((m) => m.id), ...budgetItems.map((b) => b.id)];
  return {
    OR: [
      { entityId: { in: entityIds } },
      { changes: { path: ["before", "projectId"], equals: projectId } },
      { changes: { path: ["after", "projectId"], equals: projectId } },
    ],
  };
}

/** A project's history: the audit log narrowed to it. Another org's project is a 404. */
export async function listProjectHistory(tenant: Pick<TenantContext, "org">, projectId: string, query: AuditQuery) {
  const project = await getProjectOrThrow(tenant, projectId);
  const scope = await projectHistoryScope(project.id);
  const [page, filterOptions] = await Promise.all([listAuditLogs(tenant, query, scope), listAuditFilterOptions(tenant, scope)]);
  return { project: { id: project.id, name: project.name }, page, filterOptions };
}
