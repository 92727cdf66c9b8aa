import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getObjectBytes } from "@/lib/storage/objects";
import type { PageText } from "./extraction/extract-pdf-text";
import { extractText, hasExtractableText } from "./extraction/extract-text";
import type { OnExtractionProgress } from "./extraction/extraction-progress";
import { sanitizeExtractedText } from "./extraction/sanitize-extracted-text";
import { stageTextExtraction } from "./stage-text-extraction";

export type ProcessOutcome = { documentId: string; status: "READY" | "ERROR" | "skipped"; pageCount?: number; error?: string };

const OUR_FAILURE = "The text could not be extracted because of an error on our side. Upload the file again to retry.";

/** The text, or the reason there is none: a file's fault in its own words, ours in general ones. */
async function readPages(document: { id: string; fileType: string; s3Key: string }, onProgress?: OnExtractionProgress) {
  try {
    const raw = await extractText(document.fileType, await getObjectBytes(document.s3Key), { onProgress });
    return { pages: raw.map((p): PageText => ({ page: p.page, text: sanitizeExtractedText(p.text) })), failure: null };
  } catch (error) {
    // A failure of ours (not of the file) still settles the document: left PROCESSING, it would
    // spin in the list forever. The cause goes to the log, the user gets a plain message.
    if (!isAppError(error)) console.error(`[dataroom] text extraction failed for ${document.id}:`, error);
    return { pages: [], failure: isAppError(error) ? error.message : OUR_FAILURE };
  }
}

/**
 * The upload job's work: text per page into a TEXT extraction, then READY; a file that cannot be
 * read becomes ERROR with the reason. Acts only on a PROCESSING document of the given org, so a
 * rerun (or a forged payload for another org's id) changes nothing. A READY document of a project
 * reports `document.processed` (the Signal Score rescore subscribes to it). `onProgress` hears
 * each page extracted.
 */
export async function processUploadedDocument(orgId: string, documentId: string, options: { onProgress?: OnExtractionProgress } = {}): Promise<ProcessOutcome> {
  const document = await db.document.findFirst({ where: { id: documentId, orgId, status: "PROCESSING", isDeleted: false } });
  if (!document) return { documentId, status: "skipped" };
  const extractable = hasExtractableText(document.fileType);

  let { pages, failure } = extractable ? await readPages(document, options.onProgress) : { pages: [] as PageText[], failure: null as string | null };
  // Atomicity in two steps: the large text is staged first, invisible (PROCESSING), then one short
  // transaction moves the document to READY, publishes the staged text (COMPLETED), emits and
  // audits, together or not at all. Staging that fails still ends the document in ERROR.
  let stagedId: string | null = null;
  if (extractable && !failure) {
    try {
      stagedId = await stageTextExtraction(document.id, pages);
    } catch (error) {
      console.error(`[dataroom] storing the extracted text failed for ${document.id}:`, error);
      failure = OUR_FAILURE;
      pages = [];
    }
  }

  const outcome = await auditedWrite<ProcessOutcome>(systemActor(orgId, "dataroom-process-uploaded-document"), async (tx) => {
    const status: "READY" | "ERROR" = failure ? "ERROR" : "READY";
    const { count } = await tx.document.updateMany({
      where: { id: document.id, orgId, status: "PROCESSING" },
      data: { status, metadata: { ...((document.metadata ?? {}) as object), ...(failure ? { error: failure } : { pages: pages.length }) } },
    });
    if (count === 0) return { result: { documentId, status: "skipped" }, audit: [] };
    await emit(tx, "document.processed", { orgId, documentId: document.id, projectId: document.projectId, status });
    if (extractable) {
      await tx.documentExtraction.deleteMany({ where: { documentId: document.id, extractionType: "TEXT", ...(stagedId ? { id: { not: stagedId } } : {}) } });
      if (stagedId) await tx.documentExtraction.updateMany({ where: { id: stagedId, documentId: document.id }, data: { status: "COMPLETED" } });
      else
        await tx.documentExtraction.create({
          data: { documentId: document.id, extractionType: "TEXT", content: null, pageCount: null, status: "FAILED", errorMessage: failure },
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
  // Someone else settled the document meanwhile: the staged text belongs to no run.
  if (outcome.status === "skipped" && stagedId) await db.documentExtraction.deleteMany({ where: { id: stagedId, status: "PROCESSING" } });
  return outcome;
}
