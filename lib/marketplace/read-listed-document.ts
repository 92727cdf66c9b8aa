import type { Actor } from "@/lib/auth/actor";
import { accessLogRow } from "@/lib/dataroom/log-document-access";
import { readDocumentFile, type DocumentDownload } from "@/lib/dataroom/read-document-file";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { getListedProjectOrThrow, listingVisibility } from "./get-listed-project-or-throw";
import { listedDocumentsWhere } from "./list-listed-documents";

/**
 * A PUBLIC document of a listed project, for an investor. The access-log row belongs to the ally's
 * org (it is their document and their log) and names the investor and their org, so the ally sees
 * who looked.
 */
export async function readListedDocument(actor: Actor, projectId: string, documentId: string, options: { inline: boolean }): Promise<DocumentDownload> {
  const project = await getListedProjectOrThrow(projectId);
  if (!listingVisibility(project).showDocuments || !looksLikeUuid(documentId)) throw notFound("Document");
  const document = await db.document.findFirst({ where: { id: documentId, ...listedDocumentsWhere(project) } });
  if (!document) throw notFound("Document");
  const viewer = { name: actor.user.fullName, email: actor.user.email, orgName: actor.org.name, at: new Date() };
  const download = await readDocumentFile(document, viewer);
  const accessor = { orgId: project.orgId, userId: actor.user.id, request: actor.request };
  await db.documentAccessLog.create({
    data: accessLogRow(accessor, document.id, options.inline ? "VIEWED" : "DOWNLOADED", {
      version: document.version,
      watermarked: download.watermarked,
      via: "marketplace",
      viewerOrgId: actor.org.id,
      viewerOrgName: actor.org.name,
    }),
  });
  return download;
}
