import { db } from "@/lib/db/client";

/**
 * A retried processing run starts from PROCESSING again: the document left ERROR when the last
 * attempt gave up, and the handler only acts on a PROCESSING document. The retry itself is audited
 * by the operations page (job.retried).
 */
export async function reopenDocumentProcessing(orgId: string, documentId: string): Promise<void> {
  await db.document.updateMany({ where: { id: documentId, orgId, status: "ERROR", isDeleted: false }, data: { status: "PROCESSING" } });
}
