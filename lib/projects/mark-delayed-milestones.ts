import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { emit } from "@/lib/events/emit";
import { startOfUtcDay } from "@/lib/utils/dates";
import { groupBy } from "@/lib/utils/group-by";

/**
 * Marks overdue milestones DELAYED, one audited transaction per org. Scoped to one org or project
 * when given; with neither it is the daily sweep across tenants (a system job, not a user path).
 */
export async function markDelayedMilestones(scope: { orgId?: string; projectId?: string }, today = startOfUtcDay()) {
  const overdue = await db.projectMilestone.findMany({
    where: {
      targetDate: { lt: today },
      status: { in: ["NOT_STARTED", "IN_PROGRESS"] },
      ...(scope.projectId ? { projectId: scope.projectId } : {}),
      ...(scope.orgId ? { project: { orgId: scope.orgId } } : {}),
    },
    select: { id: true, status: true, projectId: true, project: { select: { orgId: true } } },
  });

  const byOrg = groupBy(overdue, (m) => m.project.orgId);
  let marked = 0;
  for (const [orgId, milestones] of byOrg) {
    marked += await auditedWrite(systemActor(orgId, "sweep-milestone-delays"), async (tx) => {
      const { count } = await tx.projectMilestone.updateMany({
        where: { id: { in: milestones.map((m) => m.id) }, status: { in: ["NOT_STARTED", "IN_PROGRESS"] } },
        data: { status: "DELAYED" },
      });
      for (const m of milestones) await emit(tx, "milestone.delayed", { orgId, projectId: m.projectId, milestoneId: m.id });
      return {
        result: count,
        audit: milestones.map((m) => ({
          action: "milestone.delayed" as const,
          entityType: "ProjectMilestone",
          entityId: m.id,
          changes: { before: { status: m.status }, after: { status: "DELAYED" } },
        })),
      };
    });
  }
  return { marked };
}
