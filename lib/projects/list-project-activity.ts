import { describeAuditRows } from "@/lib/audit/describe-audit-rows";
import type { SentencePart } from "@/lib/audit/types";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getProjectOrThrow } from "./get-project-or-throw";

const CHILD_TYPES = ["ProjectMilestone", "ProjectBudgetItem"];

export type ProjectActivityEntry = {
  id: string;
  actorName: string | null;
  action: string;
  entityType: string;
  /** The changed thing's name, when the audit row recorded one ("PPA signed", "EPC"). */
  subject: string | null;
  /** ISO timestamp. */
  at: string;
  sentence: SentencePart[];
};

/**
 * The project's own audit rows and those of its milestones and budget lines, newest first. Child
 * rows are found by their current ids; rows of children since deleted, through the projectId their
 * created/deleted snapshots carry.
 */
export async function listProjectActivity(tenant: Pick<TenantContext, "org">, projectId: string, limit = 10): Promise<ProjectActivityEntry[]> {
  const project = await getProjectOrThrow(tenant, projectId);
  const [milestones, budgetItems] = await Promise.all([
    db.projectMilestone.findMany({ where: { projectId: project.id }, select: { id: true, name: true } }),
    db.projectBudgetItem.findMany({ where: { projectId: project.id }, select: { id: true, description: true } }),
  ]);
  const currentName = new Map<string, string>([...milestones.map((m) => [m.id, m.name] as const), ...budgetItems.map((b) => [b.id, b.description] as const)]);
  const where: Prisma.AuditLogWhereInput = {
    orgId: tenant.org.id,
    OR: [
      { entityType: "Project", entityId: project.id },
      { entityType: "ProjectMilestone", entityId: { in: milestones.map((m) => m.id) } },
      { entityType: "ProjectBudgetItem", entityId: { in: budgetItems.map((b) => b.id) } },
      { entityType: { in: CHILD_TYPES }, changes: { path: ["before", "projectId"], equals: project.id } },
      { entityType: { in: CHILD_TYPES }, changes: { path: ["after", "projectId"], equals: project.id } },
    ],
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ timestamp: "desc" }, { id: "desc" }],
    take: limit,
    include: { user: { select: { id: true, fullName: true, email: true } } },
  });
  const sentences = new Map((await describeAuditRows(tenant, rows)).map((row) => [row.id, row.sentence]));
  return rows.map((row) => ({
    id: row.id,
    actorName: row.user?.fullName ?? null,
    action: row.action,
    entityType: row.entityType,
    subject: (row.entityId ? currentName.get(row.entityId) : undefined) ?? subjectOf(row.changes),
    at: row.timestamp.toISOString(),
    sentence: sentences.get(row.id) ?? [],
  }));
}

/** A `name` (milestones, projects) or `description` (budget lines) on either side of the change. */
function subjectOf(changes: unknown): string | null {
  if (!changes || typeof changes !== "object") return null;
  for (const key of ["name", "description"] as const) {
    for (const side of ["after", "before"] as const) {
      const value = (changes as Record<string, Record<string, unknown> | undefined>)[side]?.[key];
      if (typeof value === "string" && value.trim()) return value;
    }
  }
  return null;
}
