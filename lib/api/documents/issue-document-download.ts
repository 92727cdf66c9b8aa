import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { logDocumentAccess } from "@/lib/dataroom/log-document-access";
import { downloadBlocker, isWatermarkedDownload } from "@/lib/dataroom/read-document-file";
import { AppError } from "@/lib/errors/app-error";
import { PRESIGNED_URL_TTL_SECONDS, presignDownload } from "@/lib/storage/objects";
import { apiDocumentViewer } from "./document-viewer";

/**
 * A short-lived storage URL for a document the key may see, logged as a DOWNLOADED access (no
 * user; the key in the metadata) when it is handed out, since the fetch itself never reaches us.
 * A PDF watermarked per downloader is refused: its stamp names a person, and a key is none.
 */
export async function issueDocumentDownload(actor: ApiKeyActor, documentId: string) {
  const document = await getDocumentOrThrow(apiDocumentViewer(actor), documentId);
  const blocker = downloadBlocker(document);
  if (blocker) throw new AppError("CONFLICT", blocker);
  if (isWatermarkedDownload(document)) {
    throw new AppError("FORBIDDEN", "This PDF is watermarked with the name of each person who downloads it, so it is downloaded in the app, not with an API key.");
  }
  const expiresAt = new Date(Date.now() + PRESIGNED_URL_TTL_SECONDS * 1000);
  const url = await presignDownload(document.s3Key, document.name);
  await logDocumentAccess(actor, document.id, "DOWNLOADED", { version: document.version, watermarked: false, apiKeyId: actor.apiKeyId, via: "api" });
  return { url, expiresAt: expiresAt.toISOString(), name: document.name, mimeType: document.mimeType, sizeBytes: document.fileSizeBytes };
}
