import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getObjectBytes } from "@/lib/storage/objects";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { logDocumentAccess } from "./log-document-access";
import { readObjectStream } from "./read-object-stream";
import { watermarkPdf } from "./watermark-pdf";

const MISSING = "This file's content is missing from storage. Upload it again as a new version.";

/** Rows seeded or restored without their object fail clearly (NOT_FOUND), not as a storage stack trace. */
export async function fromStorage<T>(read: Promise<T>, missingMessage = MISSING): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof Error && error.name === "NoSuchKey") throw new AppError("NOT_FOUND", missingMessage);
    throw error;
  }
}

export type DocumentDownload = { name: string; mimeType: string; body: ReadableStream | Uint8Array; length: number | null; watermarked: boolean };

/**
 * Any version the tenant may see, once its bytes are all stored. A watermarked PDF is rebuilt for
 * this viewer (so it is read whole: pdf-lib needs the full file); anything else streams through.
 * `inline` is a view in the browser, logged as VIEWED; otherwise a DOWNLOADED row.
 */
export async function downloadDocument(actor: Actor, documentId: string, options: { inline: boolean }): Promise<DocumentDownload> {
  const document = await getDocumentOrThrow(actor, documentId);
  if (document.status === "UPLOADING") throw new AppError("CONFLICT", "This file is still uploading.");
  const watermarked = document.watermarkEnabled && document.fileType === "pdf";
  if (watermarked && document.status === "ERROR") {
    throw new AppError("CONFLICT", "This PDF could not be read, so it cannot be watermarked for download.");
  }
  const base = { name: document.name, mimeType: document.mimeType, watermarked };
  let download: DocumentDownload;
  if (watermarked) {
    const viewer = { name: actor.user.fullName, email: actor.user.email, orgName: actor.org.name, at: new Date() };
    const bytes = await watermarkPdf(await fromStorage(getObjectBytes(document.s3Key)), viewer);
    download = { ...base, body: bytes, length: bytes.length };
  } else {
    download = { ...base, ...(await fromStorage(readObjectStream(document.s3Key))) };
  }
  await logDocumentAccess(actor, document.id, options.inline ? "VIEWED" : "DOWNLOADED", { version: document.version, watermarked });
  return download;
}
