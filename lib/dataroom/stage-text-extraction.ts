import { db } from "@/lib/db/client";
import type { PageText } from "./extraction/extract-pdf-text";
import { toTextExtractionRecord } from "./extraction/text-extraction-record";

/**
 * Writes a document's extracted text as a TEXT extraction in PROCESSING, outside any interactive
 * transaction: a 22 MB text (stored twice, as content and as pages) takes seconds to send and
 * index, past Prisma's 5 s transaction timeout. Every reader of extractions asks for COMPLETED
 * ones (search, viewer, redaction, AI), so a staged row is invisible until the caller's status
 * transaction flips it; a run that dies first leaves a PROCESSING row the next run replaces.
 * Inserting the row also writes its search index (the trigger of migration
 * 20261209100000_document_search_chunks parses the text into document_search_chunks), so that
 * cost too lands here, outside the short transaction; search reads the index of COMPLETED rows.
 * The document was loaded scoped to its org by the caller; the row hangs off that document.
 */
export async function stageTextExtraction(documentId: string, pages: PageText[]): Promise<string> {
  await db.documentExtraction.deleteMany({ where: { documentId, extractionType: "TEXT", status: "PROCESSING" } });
  const row = await db.documentExtraction.create({
    data: { documentId, extractionType: "TEXT", status: "PROCESSING", ...toTextExtractionRecord(pages) },
    select: { id: true },
  });
  return row.id;
}
