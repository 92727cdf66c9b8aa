import type { Actor } from "@/lib/auth/actor";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { logDocumentAccess } from "./log-document-access";
import { readDocumentFile, type DocumentDownload } from "./read-document-file";

/**
 * Any version the tenant may see, watermarked for this viewer when the document says so.
 * `inline` is a view in the browser, logged as VIEWED; otherwise a DOWNLOADED row.
 */
export async function downloadDocument(actor: Actor, documentId: string, options: { inline: boolean }): Promise<DocumentDownload> {
  const document = await getDocumentOrThrow(actor, documentId);
  const viewer = { name: actor.user.fullName, email: actor.user.email, orgName: actor.org.name, at: new Date() };
  const download = await readDocumentFile(document, viewer);
  await logDocumentAccess(actor, document.id, options.inline ? "VIEWED" : "DOWNLOADED", { version: document.version, watermarked: download.watermarked });
  return download;
}
