import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { listDocumentVersions } from "./list-document-versions";

/**
 * Soft-deletes a document with every version of it: it leaves every listing, search and download
 * at once (all reads filter on is_deleted), while rows and objects stay for the audit trail.
 */
export async function deleteDocument(actor: Actor, documentId: string) {
  const versions = await listDocumentVersions(actor, documentId);
  const ids = versions.map((v) => v.id);
  return auditedWrite(actor, async (tx) => {
    const { count } = await tx.document.updateMany({ where: { id: { in: ids }, orgId: actor.org.id, isDeleted: false }, data: { isDeleted: true } });
    if (count === 0) throw notFound("Document");
    const current = versions[0]!;
    return {
      result: { id: current.id, deletedVersions: count },
      audit: {
        action: "document.deleted",
        entityType: "Document",
        entityId: current.id,
        changes: { before: { name: current.name, isDeleted: false }, after: { isDeleted: true, versionIds: ids } },
      },
    };
  });
}
