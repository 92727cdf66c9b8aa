import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { checkFields } from "./check-fields";
import { getProjectOrThrow } from "./get-project-or-throw";
import { assertSlugAvailable, toSlugConflict } from "./project-slug";
import type { UpdateProjectInput } from "./schemas";
import { toProjectAuditSnapshot, toProjectDto } from "./to-project-dto";
import { toProjectValues, toProjectWriteData } from "./to-project-values";
import { checkCoverImage, discardCoverImage, uploadCoverImage } from "./upload-cover-image";

export const staleProjectWrite = () => new AppError("STALE_WRITE", "Someone else changed this project since you opened it: reload to see their changes.");

/**
 * Saves the edit form. The form carries the updated_at it loaded; the write is conditional on it,
 * so a save over someone else's newer change writes nothing and says so (STALE_WRITE).
 */
export async function updateProject(actor: Actor | ApiKeyActor, input: UpdateProjectInput) {
  const current = await getProjectOrThrow(actor, input.projectId);
  const loadedUpdatedAt = new Date(input.expectedUpdatedAt);
  if (current.updatedAt.getTime() !== loadedUpdatedAt.getTime()) throw staleProjectWrite();
  const [cover] = await checkFields([
    input.coverImage ? checkCoverImage(input.coverImage) : Promise.resolve(null),
    input.slug !== current.slug ? assertSlugAvailable(db, actor.org.id, input.slug, current.id) : Promise.resolve(null),
  ]);

  const values = { ...toProjectValues(input), slug: input.slug };
  const uploadedKey = cover ? await uploadCoverImage(actor.org.id, cover) : null;
  const coverImageKey = uploadedKey ?? (input.removeCover ? null : current.coverImageUrl);
  const changes = diffChanges(toProjectAuditSnapshot(current), { ...values, coverImageKey });
  if (Object.keys(changes.after).length === 0) return toProjectDto(current);

  try {
    const updated = await auditedWrite(actor, async (tx) => {
      await emit(tx, "project.updated", { orgId: actor.org.id, projectId: current.id });
      const { count } = await tx.project.updateMany({
        where: { id: current.id, orgId: actor.org.id, updatedAt: loadedUpdatedAt },
        data: { ...toProjectWriteData(values), coverImageUrl: coverImageKey },
      });
      if (count === 0) throw (await tx.project.count({ where: { id: current.id, orgId: actor.org.id } })) ? staleProjectWrite() : notFound("Project");
      const project = await tx.project.findFirstOrThrow({ where: { id: current.id, orgId: actor.org.id } });
      return { result: toProjectDto(project), audit: { action: "project.updated", entityType: "Project", entityId: project.id, changes } };
    });
    if (coverImageKey !== current.coverImageUrl) await discardCoverImage(current.coverImageUrl);
    return updated;
  } catch (error) {
    await discardCoverImage(uploadedKey);
    throw toSlugConflict(error);
  }
}
