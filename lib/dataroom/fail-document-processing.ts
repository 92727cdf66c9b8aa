import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";

/**
 * The processing job gave up (out of memory, out of time, or out of attempts): the document
 * leaves PROCESSING for ERROR with a message the user can act on. A settled document is left alone.
 */
export async function failDocumentProcessing(orgId: string, documentId: string, reason: string): Promise<boolean> {
  return auditedWrite(systemActor(orgId, "dataroom-process-uploaded-document"), async (tx) => {
    const document = await tx.document.findFirst({ where: { id: documentId, orgId, status: "PROCESSING" }, select: { metadata: true, projectId: true } });
    if (!document) return { result: false, audit: [] };
    const error = `This file could not be processed: ${reason}`;
    await tx.document.updateMany({
      where: { id: documentId, orgId, status: "PROCESSING" },
      data: { status: "ERROR", metadata: { ...((document.metadata ?? {}) as object), error } },
    });
    await emit(tx, "document.processed", { orgId, documentId, projectId: document.projectId, status: "ERROR" });
    return {
      result: true,
      audit: {
        action: "document.processing_failed",
        entityType: "Document",
        entityId: documentId,
        changes: { before: { status: "PROCESSING" }, after: { status: "ERROR", error } },
      },
    };
  });
}
