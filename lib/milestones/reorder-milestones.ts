import { auditedWrite } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { lockProjectMilestones } from "./lock-project-milestones";
import type { ReorderMilestonesInput } from "./schemas";

/** True when `proposed` holds exactly the ids of `current`, each once. */
export function isPermutationOf(current: readonly string[], proposed: readonly string[]): boolean {
  if (current.length !== proposed.length) return false;
  const remaining = new Set(current);
  for (const id of proposed) if (!remaining.delete(id)) return false;
  return remaining.size === 0;
}

/**
 * Rewrites order_index as 0..n-1 in the given order, in one audited transaction. The list must be
 * exactly the project's milestones: a missing, extra, repeated or foreign id changes nothing.
 */
export async function reorderMilestones(actor: Actor, input: ReorderMilestonesInput) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  const order = await auditedWrite(actor, async (tx) => {
    await emit(tx, "milestone.changed", { orgId: actor.org.id, projectId: project.id });
    await lockProjectMilestones(tx, project.id);
    const current = await tx.projectMilestone.findMany({
      where: { projectId: project.id },
      orderBy: [{ orderIndex: "asc" }, { targetDate: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    });
    if (
      !isPermutationOf(
        current.map((m) => m.id),
        input.orderedIds,
      )
    ) {
      throw new AppError("CONFLICT", "The milestones changed since this page was loaded. Reload the page and reorder again.");
    }
    for (const [orderIndex, id] of input.orderedIds.entries()) {
      await tx.projectMilestone.updateMany({ where: { id, projectId: project.id }, data: { orderIndex } });
    }
    const nameOf = new Map(current.map((m) => [m.id, m.name]));
    return {
      result: input.orderedIds,
      audit: {
        action: "milestone.reordered",
        entityType: "Project",
        entityId: project.id,
        changes: { before: { order: current.map((m) => m.name) }, after: { order: input.orderedIds.map((id) => nameOf.get(id)) } },
      },
    };
  });
  return order;
}
