import { db } from "@/lib/db/client";

type LabelledRow = { entityId: string | null; changes: unknown };

/** `name` recorded on either side of the change: how a deleted record is still named. */
function recordedName(changes: unknown): string | null {
  if (!changes || typeof changes !== "object") return null;
  for (const key of ["after", "before"] as const) {
    const side = (changes as Record<string, unknown>)[key];
    const name = side && typeof side === "object" ? (side as Record<string, unknown>).name : undefined;
    if (typeof name === "string" && name.trim()) return name;
  }
  return null;
}

/**
 * Names for the entities on one page of the audit log (the person whose role changed, the
 * project, the milestone...), looked up inside the org only. Keyed by entity id.
 */
export async function resolveEntityLabels(org: { id: string; name: string }, rows: LabelledRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((row) => row.entityId).filter((id): id is string => Boolean(id)))];
  const labels = new Map<string, string>();
  for (const row of rows) {
    const name = row.entityId ? recordedName(row.changes) : null;
    if (row.entityId && name) labels.set(row.entityId, name);
  }
  if (ids.length === 0) return labels;
  const [users, projects, milestones, budgetItems] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids }, orgId: org.id }, select: { id: true, fullName: true } }),
    db.project.findMany({ where: { id: { in: ids }, orgId: org.id }, select: { id: true, name: true } }),
    db.projectMilestone.findMany({ where: { id: { in: ids }, project: { orgId: org.id } }, select: { id: true, name: true } }),
    db.projectBudgetItem.findMany({ where: { id: { in: ids }, project: { orgId: org.id } }, select: { id: true, category: true, description: true } }),
  ]);
  for (const user of users) labels.set(user.id, user.fullName);
  for (const project of projects) labels.set(project.id, project.name);
  for (const milestone of milestones) labels.set(milestone.id, milestone.name);
  for (const item of budgetItems) labels.set(item.id, `${item.category}: ${item.description}`);
  if (ids.includes(org.id)) labels.set(org.id, org.name);
  return labels;
}
