import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getProjectOrThrow } from "./get-project-or-throw";
import { readinessOf } from "./get-publish-readiness";
import { toProjectDto } from "./to-project-dto";

const changedMeanwhile = () => new AppError("STALE_WRITE", "Someone else changed this project meanwhile: reload and try again.");

/**
 * Puts an ACTIVE, ready project on the marketplace. published_at records the FIRST publish and is
 * kept through later unpublish/publish cycles. The write is conditional on the row being exactly
 * the one whose readiness was checked.
 */
export async function publishProject(actor: Actor, projectId: string) {
  const project = await getProjectOrThrow(actor, projectId);
  if (project.status !== "ACTIVE") {
    throw new AppError("INVALID_TRANSITION", `Only active projects can be published: this one is ${project.status.toLowerCase()}.`);
  }
  if (project.isPublished) throw new AppError("INVALID_TRANSITION", "This project is already on the marketplace.");

  return auditedWrite(actor, async (tx) => {
    const readiness = await readinessOf(project, tx);
    if (!readiness.ready) {
      throw new AppError("VALIDATION", `Not ready for the marketplace yet. Still missing: ${readiness.missing.map((item) => item.label.toLowerCase()).join("; ")}.`);
    }
    const where = { id: project.id, orgId: actor.org.id };
    const publishedAt = project.publishedAt ?? new Date();
    const { count } = await tx.project.updateMany({
      where: { ...where, status: "ACTIVE", isPublished: false, updatedAt: project.updatedAt },
      data: { isPublished: true, publishedAt },
    });
    if (count === 0) throw (await tx.project.count({ where })) ? changedMeanwhile() : notFound("Project");
    await emit(tx, "project.published", { orgId: actor.org.id, projectId: project.id });
    const updated = await tx.project.findFirstOrThrow({ where });
    return {
      result: toProjectDto(updated),
      audit: {
        action: "project.published",
        entityType: "Project",
        entityId: project.id,
        changes: {
          before: { isPublished: false, publishedAt: project.publishedAt?.toISOString() ?? null },
          after: { isPublished: true, publishedAt: publishedAt.toISOString() },
        },
      },
    };
  });
}

/** Takes a project off the marketplace; published_at stays as the record of its first publish. */
export async function unpublishProject(actor: Actor, projectId: string) {
  const project = await getProjectOrThrow(actor, projectId);
  if (!project.isPublished) throw new AppError("INVALID_TRANSITION", "This project is not on the marketplace.");

  return auditedWrite(actor, async (tx) => {
    const where = { id: project.id, orgId: actor.org.id };
    const { count } = await tx.project.updateMany({ where: { ...where, isPublished: true }, data: { isPublished: false } });
    if (count === 0) throw (await tx.project.count({ where })) ? changedMeanwhile() : notFound("Project");
    await emit(tx, "project.unpublished", { orgId: actor.org.id, projectId: project.id });
    const updated = await tx.project.findFirstOrThrow({ where });
    return {
      result: toProjectDto(updated),
      audit: { action: "project.unpublished", entityType: "Project", entityId: project.id, changes: { before: { isPublished: true }, after: { isPublished: false } } },
    };
  });
}
