import { auditedWrite } from "@/lib/audit/audited-write";
import type { AuditEntry } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getProjectOrThrow } from "./get-project-or-throw";
import { findTransition, illegalTransitionMessage } from "./project-transitions";
import type { ChangeProjectStatusInput } from "./schemas";
import { toProjectDto } from "./to-project-dto";

/**
 * Moves a project along PROJECT_TRANSITIONS, with the permission that transition needs. Leaving
 * ACTIVE takes the project off the marketplace (published_at is kept: it records the first publish).
 */
export async function changeProjectStatus(actor: Actor, input: ChangeProjectStatusInput) {
  const project = await getProjectOrThrow(actor, input.projectId);
  const from = project.status;
  const to = input.status;
  const transition = findTransition(from, to);
  if (!transition) throw new AppError("INVALID_TRANSITION", illegalTransitionMessage(from, to));
  assertPermission(actor.role, transition.permission);
  const unpublish = project.isPublished && to !== "ACTIVE";

  return auditedWrite(actor, async (tx) => {
    const where = { id: project.id, orgId: actor.org.id };
    const { count } = await tx.project.updateMany({
      where: { ...where, status: from },
      data: { status: to, ...(unpublish ? { isPublished: false } : {}) },
    });
    if (count === 0) {
      if (!(await tx.project.count({ where }))) throw notFound("Project");
      throw new AppError("STALE_WRITE", "Someone else changed this project's status meanwhile: reload to see it.");
    }
    if (unpublish) await emit(tx, "project.unpublished", { orgId: actor.org.id, projectId: project.id });
    const updated = await tx.project.findFirstOrThrow({ where });
    const audit: AuditEntry[] = [
      {
        action: "project.status_changed",
        entityType: "Project",
        entityId: project.id,
        changes: { before: { status: from, isPublished: project.isPublished }, after: { status: to, isPublished: updated.isPublished } },
      },
    ];
    if (unpublish) {
      audit.push({
        action: "project.unpublished",
        entityType: "Project",
        entityId: project.id,
        changes: { before: { isPublished: true }, after: { isPublished: false, reason: `project ${transition.done}` } },
      });
    }
    return { result: toProjectDto(updated), audit };
  });
}
