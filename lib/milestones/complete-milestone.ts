import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { startOfUtcDay } from "@/lib/utils/dates";
import { findMilestoneOrThrow } from "./find-milestone-or-throw";
import type { MilestoneRef } from "./schemas";
import { milestoneAuditSnapshot, toMilestoneDto } from "./to-milestone-dto";

/** Marks a milestone done today: status COMPLETED, 100%, completed_date set. */
export async function completeMilestone(actor: Actor, input: MilestoneRef, today: Date = startOfUtcDay()) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  const milestone = await auditedWrite(actor, async (tx) => {
    await emit(tx, "milestone.changed", { orgId: actor.org.id, projectId: project.id });
    const before = await findMilestoneOrThrow(tx, project.id, input.milestoneId);
    if (before.status === "COMPLETED") throw new AppError("INVALID_TRANSITION", `“${before.name}” is already completed.`);
    const data = { status: "COMPLETED" as const, completionPct: 100, completedDate: today };
    const { count } = await tx.projectMilestone.updateMany({
      where: { id: before.id, projectId: project.id, status: { not: "COMPLETED" } },
      data,
    });
    if (count === 0) throw notFound("Milestone");
    await emit(tx, "milestone.completed", { orgId: actor.org.id, projectId: project.id, milestoneId: before.id });
    const after = { ...before, ...data };
    return {
      result: toMilestoneDto(after),
      audit: {
        action: "milestone.completed",
        entityType: "ProjectMilestone",
        entityId: before.id,
        changes: diffChanges(milestoneAuditSnapshot(before), milestoneAuditSnapshot(after)),
      },
    };
  });
  return milestone;
}
