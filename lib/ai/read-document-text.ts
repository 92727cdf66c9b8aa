import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { joinPagesForAnalysis, readExtractionPages } from "@/lib/dataroom/extraction/text-extraction-record";

export type DocumentText = { documentId: string; name: string; text: string; contentHash: string; pageCount: number | null };

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * The text the data room extracted from a document of the org (latest completed TEXT pass), or
 * null. Pages are separated by form feeds, so analysers quote each passage with its own page.
 */
export async function readDocumentText(orgId: string, documentId: string): Promise<DocumentText | null> {
  const document = await db.document.findFirst({ where: { id: documentId, orgId, isDeleted: false }, select: { id: true, name: true } });
  if (!document) return null;
  const extraction = await db.documentExtraction.findFirst({
    where: { documentId, extractionType: "TEXT", status: "COMPLETED", content: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { content: true, result: true, pageCount: true },
  });
  if (!extraction?.content?.trim()) return null;
  const text = joinPagesForAnalysis(readExtractionPages(extraction));
  return { documentId: document.id, name: document.name, text, contentHash: sha256Hex(text), pageCount: extraction.pageCount };
}
