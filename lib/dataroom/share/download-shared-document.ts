import type { RequestMeta } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors/app-error";
import { downloadBlocker, isWatermarkedDownload, readDocumentFile, type DocumentDownload } from "../read-document-file";
import { logSharedAccess } from "./log-shared-access";
import { resolveShareLink } from "./resolve-share-link";
import { watermarkedShareCopy } from "./watermarked-share-copy";

/** The recipient cannot re-upload, so no advice. */
const MISSING = "This file's content is missing from storage.";

/**
 * The file behind a share link, logged as DOWNLOADED. A watermarked PDF is stamped with the
 * recipient's email, the org that shared it and when the link was issued: the same for every
 * download of the link, so it is built once and served from the object store after that
 * (watermarkedShareCopy). Anything else streams through.
 */
export async function downloadSharedDocument(token: string, request: RequestMeta, now: Date = new Date()): Promise<DocumentDownload> {
  const link = await resolveShareLink(token, now);
  const { document } = link;
  const recipient = { name: "Recipient", email: link.claims.recipientEmail, orgName: `shared by ${link.sharerOrgName}`, at: link.issuedAt };
  let download: DocumentDownload;
  if (isWatermarkedDownload(document)) {
    const blocker = downloadBlocker(document);
    if (blocker) throw new AppError("CONFLICT", blocker);
    const bytes = await watermarkedShareCopy(document, link.claims.sharedLogId, recipient, MISSING);
    download = { name: document.name, mimeType: document.mimeType, body: bytes, length: bytes.length, watermarked: true };
  } else {
    download = await readDocumentFile(document, recipient, MISSING);
  }
  await logSharedAccess(link, request, "DOWNLOADED", { version: document.version, watermarked: download.watermarked });
  return download;
}
