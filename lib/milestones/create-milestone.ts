import { auditedWrite } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { startOfUtcDay } from "@/lib/utils/dates";
import { lockProjectMilestones } from "./lock-project-milestones";
import type { CreateMilestoneInput } from "./schemas";
import { milestoneAuditSnapshot, toMilestoneDto } from "./to-milestone-dto";

/** Adds a milestone at the end of the project's list. */
export async function createMilestone(actor: Actor | ApiKeyActor, input: CreateMilestoneInput) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  const milestone = await auditedWrite(actor, async (tx) => {
    await emit(tx, "milestone.changed", { orgId: actor.org.id, projectId: project.id });
    await lockProjectMilestones(tx, project.id);
    const { _max } = await tx.projectMilestone.aggregate({ where: { projectId: project.id }, _max: { orderIndex: true } });
    const row = await tx.projectMilestone.create({
      data: {
        projectId: project.id,
        name: input.name,
        description: input.description,
        targetDate: new Date(`${input.targetDate}T00:00:00Z`),
        status: input.status,
        completionPct: input.completionPct,
        completedDate: input.status === "COMPLETED" ? startOfUtcDay() : null,
        orderIndex: (_max.orderIndex ?? -1) + 1,
      },
    });
    return {
      result: toMilestoneDto(row),
      audit: { action: "milestone.created", entityType: "ProjectMilestone", entityId: row.id, changes: { after: milestoneAuditSnapshot(row) } },
    };
  });
  return milestone;
}
