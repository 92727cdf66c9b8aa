import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { checkFields } from "./check-fields";
import { assertSlugAvailable, freeSlug, toSlugConflict } from "./project-slug";
import type { CreateProjectInput } from "./schemas";
import { toProjectAuditSnapshot, toProjectDto } from "./to-project-dto";
import { toProjectValues, toProjectWriteData } from "./to-project-values";
import { checkCoverImage, discardCoverImage, uploadCoverImage } from "./upload-cover-image";

/**
 * A new DRAFT project of the actor's org. A slug the person typed must be free (a field error
 * otherwise); without one, the name's slug is made unique. The cover is stored first and
 * deleted again if the database write fails.
 */
export async function createProject(actor: Actor | ApiKeyActor, input: CreateProjectInput) {
  const values = toProjectValues(input);
  const [cover] = await checkFields([
    input.coverImage ? checkCoverImage(input.coverImage) : Promise.resolve(null),
    input.slug ? assertSlugAvailable(db, actor.org.id, input.slug) : Promise.resolve(null),
  ]);
  const coverKey = cover ? await uploadCoverImage(actor.org.id, cover) : null;
  try {
    return await auditedWrite(actor, async (tx) => {
      // Checked again inside the transaction; the unique index settles a race (toSlugConflict).
      const slug = input.slug ? await assertSlugAvailable(tx, actor.org.id, input.slug) : await freeSlug(tx, actor.org.id, input.name);
      const project = await tx.project.create({
        data: { ...toProjectWriteData(values), orgId: actor.org.id, slug, status: "DRAFT", coverImageUrl: coverKey },
      });
      return {
        result: toProjectDto(project),
        audit: { action: "project.created", entityType: "Project", entityId: project.id, changes: { after: toProjectAuditSnapshot(project) } },
      };
    });
  } catch (error) {
    await discardCoverImage(coverKey);
    throw toSlugConflict(error);
  }
}
