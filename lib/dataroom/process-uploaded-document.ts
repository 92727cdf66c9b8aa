import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getObjectBytes } from "@/lib/storage/objects";
import { extractText, hasExtractableText } from "./extraction/extract-text";
import { sanitizeExtractedText } from "./extraction/sanitize-extracted-text";
import { toTextExtractionRecord } from "./extraction/text-extraction-record";

export type ProcessOutcome = { documentId: string; status: "READY" | "ERROR" | "skipped"; pageCount?: number; error?: string };

/**
 * The upload job's work: text per page into a TEXT extraction, then READY; a file that cannot be
 * read becomes ERROR with the reason. Acts only on a PROCESSING document of the given org, so a
 * rerun (or a forged payload for another org's id) changes nothing. A READY document of a project
 * reports `document.processed` (the Signal Score rescore subscribes to it).
 */
export async function processUploadedDocument(orgId: string, documentId: string): Promise<ProcessOutcome> {
  const document = await db.document.findFirst({ where: { id: documentId, orgId, status: "PROCESSING", isDeleted: false } });
  if (!document) return { documentId, status: "skipped" };

  let pages: { page: number; text: string }[] = [];
  let failure: string | null = null;
  try {
    if (hasExtractableText(document.fileType)) {
      const raw = await extractText(document.fileType, await getObjectBytes(document.s3Key));
      pages = raw.map((p) => ({ page: p.page, text: sanitizeExtractedText(p.text) }));
    }
  } catch (error) {
    // A failure of ours (not of the file) still settles the document: left PROCESSING, it would
    // spin in the list forever. The cause goes to the log, the user gets a plain message.
    if (!isAppError(error)) console.error(`[dataroom] text extraction failed for ${document.id}:`, error);
    failure = isAppError(error) ? error.message : "The text could not be extracted because of an error on our side. Upload the file again to retry.";
  }

  const outcome = await auditedWrite<ProcessOutcome>(systemActor(orgId), async (tx) => {
    const status: "READY" | "ERROR" = failure ? "ERROR" : "READY";
    const { count } = await tx.document.updateMany({
      where: { id: document.id, orgId, status: "PROCESSING" },
      data: { status, metadata: { ...((document.metadata ?? {}) as object), ...(failure ? { error: failure } : { pages: pages.length }) } },
    });
    if (count === 0) return { result: { documentId, status: "skipped" }, audit: [] };
    await emit(tx, "document.processed", { orgId, documentId: document.id, projectId: document.projectId, status });
    if (hasExtractableText(document.fileType)) {
      await tx.documentExtraction.deleteMany({ where: { documentId: document.id, extractionType: "TEXT" } });
      await tx.documentExtraction.create({
        data: {
          documentId: document.id,
          extractionType: "TEXT",
          ...(failure ? { content: null, pageCount: null } : toTextExtractionRecord(pages)),
          status: failure ? "FAILED" : "COMPLETED",
          errorMessage: failure,
        },
      });
    }
    return {
      result: { documentId, status, pageCount: pages.length, ...(failure ? { error: failure } : {}) },
      audit: {
        action: failure ? "document.processing_failed" : "document.processed",
        entityType: "Document",
        entityId: document.id,
        changes: { before: { status: "PROCESSING" }, after: { status, pageCount: pages.length, ...(failure ? { error: failure } : {}) } },
      },
    };
  });
  return outcome;
}
