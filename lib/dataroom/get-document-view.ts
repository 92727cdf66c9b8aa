import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { getDocumentOrThrow } from "./get-document-or-throw";
import { listAnnotations } from "./list-annotations";
import { logDocumentAccess } from "./log-document-access";
import { toDocumentDto } from "./to-document-dto";
import { withProcessingProgress } from "./with-processing-progress";

export type ViewerPage = { page: number; text: string };

/**
 * What the viewer page shows: the document, its extracted text per page (office files are shown
 * through it; PDFs use it for search) and its annotations. Opening the viewer is logged as VIEWED
 * unless the file itself will be fetched inline, which logs its own view.
 */
export async function getDocumentView(actor: Actor, documentId: string) {
  const document = await getDocumentOrThrow(actor, documentId);
  const extraction = await db.documentExtraction.findFirst({
    where: { documentId: document.id, extractionType: "TEXT", status: "COMPLETED" },
    orderBy: { createdAt: "desc" },
  });
  const pages = ((extraction?.result ?? {}) as { pages?: ViewerPage[] }).pages ?? [];
  const rendersFile = document.fileType === "pdf" || document.fileType === "png" || document.fileType === "jpg";
  // Only once there is text to show: the page refreshes itself while the file is processed.
  if (!rendersFile && pages.length) await logDocumentAccess(actor, document.id, "VIEWED", { version: document.version, via: "extracted-text", pages: pages.length });
  const [withProgress] = await withProcessingProgress(actor.org.id, [toDocumentDto(document)]);
  return { document: withProgress!, pages, annotations: await listAnnotations(actor, document.id) };
}
