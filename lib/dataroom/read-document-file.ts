import type { Document } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { getObjectBytes } from "@/lib/storage/objects";
import { readObjectStream } from "./read-object-stream";
import { watermarkPdf, type WatermarkViewer } from "./watermark-pdf";

export type DocumentDownload = { name: string; mimeType: string; body: ReadableStream | Uint8Array; length: number | null; watermarked: boolean };

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

/** PDF downloads carry the downloader's watermark when the document asks for it. */
export function isWatermarkedDownload(document: Pick<Document, "watermarkEnabled" | "fileType">): boolean {
  return document.watermarkEnabled && document.fileType === "pdf";
}

/** Why the file cannot be handed out right now, or null when it can. */
export function downloadBlocker(document: Pick<Document, "watermarkEnabled" | "fileType" | "status">): string | null {
  if (document.status === "UPLOADING") return "This file is still uploading.";
  if (isWatermarkedDownload(document) && document.status === "ERROR") return "This PDF could not be read, so it cannot be watermarked for download.";
  return null;
}

/**
 * A document's bytes once they are all stored. A watermarked PDF is rebuilt for `identity` (so it
 * is read whole: pdf-lib needs the full file); anything else streams through.
 */
export async function readDocumentFile(
  document: Pick<Document, "name" | "mimeType" | "fileType" | "status" | "s3Key" | "watermarkEnabled">,
  identity: WatermarkViewer,
  missingMessage = MISSING,
): Promise<DocumentDownload> {
  const blocker = downloadBlocker(document);
  if (blocker) throw new AppError("CONFLICT", blocker);
  const watermarked = isWatermarkedDownload(document);
  const base = { name: document.name, mimeType: document.mimeType, watermarked };
  if (!watermarked) return { ...base, ...(await fromStorage(readObjectStream(document.s3Key), missingMessage)) };
  const bytes = await watermarkPdf(await fromStorage(getObjectBytes(document.s3Key), missingMessage), identity);
  return { ...base, body: bytes, length: bytes.length };
}
