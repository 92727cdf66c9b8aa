import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { startOfUtcDay } from "@/lib/utils/dates";
import { findMilestoneOrThrow } from "./find-milestone-or-throw";
import type { UpdateMilestoneInput } from "./schemas";
import { milestoneAuditSnapshot, toMilestoneDto } from "./to-milestone-dto";

/**
 * Edits a milestone. Completing it through the form stamps today's completed date (keeping an
 * earlier one); moving it out of COMPLETED clears the date, so the two never disagree.
 */
export async function updateMilestone(actor: Actor | ApiKeyActor, input: UpdateMilestoneInput) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  const milestone = await auditedWrite(actor, async (tx) => {
    await emit(tx, "milestone.changed", { orgId: actor.org.id, projectId: project.id });
    const before = await findMilestoneOrThrow(tx, project.id, input.milestoneId);
    const data = {
      name: input.name,
      description: input.description,
      targetDate: new Date(`${input.targetDate}T00:00:00Z`),
      status: input.status,
      completionPct: input.completionPct,
      completedDate: input.status === "COMPLETED" ? (before.completedDate ?? startOfUtcDay()) : null,
    };
    const { count } = await tx.projectMilestone.updateMany({ where: { id: before.id, projectId: project.id }, data });
    if (count === 0) throw notFound("Milestone");
    const after = { ...before, ...data };
    return {
      result: toMilestoneDto(after),
      audit: {
        action: "milestone.updated",
        entityType: "ProjectMilestone",
        entityId: before.id,
        changes: diffChanges(milestoneAuditSnapshot(before), milestoneAuditSnapshot(after)),
      },
    };
  });
  return milestone;
}
