import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { type DocumentDto, toDocumentDto } from "@/lib/dataroom/to-document-dto";
import { withProcessingProgress } from "@/lib/dataroom/with-processing-progress";
import { db } from "@/lib/db/client";
import { apiDocumentViewer } from "./document-viewer";

/** One document's metadata, any version; what the key may not see is the same 404 as a missing one. */
export async function getApiDocument(actor: ApiKeyActor, documentId: string): Promise<DocumentDto> {
  const document = await getDocumentOrThrow(apiDocumentViewer(actor), documentId);
  const uploader = await db.user.findUnique({ where: { id: document.uploadedBy }, select: { fullName: true } });
  const [dto] = await withProcessingProgress(actor.org.id, [toDocumentDto({ ...document, uploader })]);
  return dto!;
}
