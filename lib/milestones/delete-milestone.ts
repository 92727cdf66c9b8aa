import { auditedWrite } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { findMilestoneOrThrow } from "./find-milestone-or-throw";
import type { MilestoneRef } from "./schemas";
import { milestoneAuditSnapshot } from "./to-milestone-dto";

/** Deletes a milestone; the audit row keeps everything it was, with its project. */
export async function deleteMilestone(actor: Actor | ApiKeyActor, input: MilestoneRef) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  await auditedWrite(actor, async (tx) => {
    await emit(tx, "milestone.changed", { orgId: actor.org.id, projectId: project.id });
    const before = await findMilestoneOrThrow(tx, project.id, input.milestoneId);
    const { count } = await tx.projectMilestone.deleteMany({ where: { id: before.id, projectId: project.id } });
    if (count === 0) throw notFound("Milestone");
    return {
      result: null,
      audit: { action: "milestone.deleted", entityType: "ProjectMilestone", entityId: before.id, changes: { before: milestoneAuditSnapshot(before) } },
    };
  });
  return { id: input.milestoneId };
}
