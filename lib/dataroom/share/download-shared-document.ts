import type { RequestMeta } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors/app-error";
import { getObjectBytes } from "@/lib/storage/objects";
import { fromStorage, type DocumentDownload } from "../download-document";
import { readObjectStream } from "../read-object-stream";
import { watermarkPdf } from "../watermark-pdf";
import { logSharedAccess } from "./log-shared-access";
import { resolveShareLink } from "./resolve-share-link";

/** The recipient cannot re-upload, so no advice. */
const MISSING = "This file's content is missing from storage.";

/**
 * The file behind a share link, logged as DOWNLOADED. A watermarked PDF is stamped with the
 * recipient's email, the org that shared it and the time, as a signed-in download is with the
 * viewer's identity; anything else streams through.
 */
export async function downloadSharedDocument(token: string, request: RequestMeta, now: Date = new Date()): Promise<DocumentDownload> {
  const link = await resolveShareLink(token, now);
  const { document } = link;
  if (document.status === "UPLOADING") throw new AppError("CONFLICT", "This file is still uploading.");
  const watermarked = document.watermarkEnabled && document.fileType === "pdf";
  if (watermarked && document.status === "ERROR") {
    throw new AppError("CONFLICT", "This PDF could not be read, so it cannot be watermarked for download.");
  }
  const base = { name: document.name, mimeType: document.mimeType, watermarked };
  let download: DocumentDownload;
  if (watermarked) {
    const recipient = { name: "Recipient", email: link.claims.recipientEmail, orgName: `shared by ${link.sharerOrgName}`, at: now };
    const bytes = await watermarkPdf(await fromStorage(getObjectBytes(document.s3Key), MISSING), recipient);
    download = { ...base, body: bytes, length: bytes.length };
  } else {
    download = { ...base, ...(await fromStorage(readObjectStream(document.s3Key), MISSING)) };
  }
  await logSharedAccess(link, request, "DOWNLOADED", { version: document.version, watermarked });
  return download;
}
