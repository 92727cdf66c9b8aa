import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_RANK } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors/app-error";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { toAnnotationDto } from "./to-annotation-dto";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** Authors remove their own annotations; managers and admins may remove anyone's (moderation). */
export async function deleteAnnotation(actor: Actor, annotationId: string) {
  return auditedWrite(actor, async (tx) => {
    const row = looksLikeUuid(annotationId) ? await tx.documentAnnotation.findFirst({ where: { id: annotationId, orgId: actor.org.id } }) : null;
    if (!row) throw notFound("Annotation");
    await getDocumentOrThrow(actor, row.documentId, tx);
    if (row.userId !== actor.user.id && ROLE_RANK[actor.role] < ROLE_RANK.manager) {
      throw new AppError("FORBIDDEN", "Only its author or a manager can remove this annotation.");
    }
    const { count } = await tx.documentAnnotation.deleteMany({ where: { id: row.id, orgId: actor.org.id } });
    if (count === 0) throw notFound("Annotation");
    return {
      result: { id: row.id },
      audit: { action: "annotation.deleted", entityType: "DocumentAnnotation", entityId: row.id, changes: { before: toAnnotationDto(row) } },
    };
  });
}
