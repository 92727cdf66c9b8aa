import type { RequestMeta } from "@/lib/auth/tenant-context";
import { readDocumentFile, type DocumentDownload } from "../read-document-file";
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
  const recipient = { name: "Recipient", email: link.claims.recipientEmail, orgName: `shared by ${link.sharerOrgName}`, at: now };
  const download = await readDocumentFile(link.document, recipient, MISSING);
  await logSharedAccess(link, request, "DOWNLOADED", { version: link.document.version, watermarked: download.watermarked });
  return download;
}
