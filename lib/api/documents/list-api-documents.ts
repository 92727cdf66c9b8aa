import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { visibleDocumentsWhere } from "@/lib/dataroom/access-rules";
import { getRoomOrThrow, roomDocumentsWhere } from "@/lib/dataroom/rooms/get-room-or-throw";
import { type DocumentDto, toDocumentDto } from "@/lib/dataroom/to-document-dto";
import { withProcessingProgress } from "@/lib/dataroom/with-processing-progress";
import { db } from "@/lib/db/client";
import { afterCursor, decodeCursor, encodeCursor } from "../keyset-cursor";
import { apiDocumentViewer } from "./document-viewer";
import type { ListApiDocumentsQuery } from "./schemas";

/**
 * One page of the current versions in a project's data room, every folder, newest first, by
 * keyset: the app's own rules (the org's, live, a classification the key may see; a replaced
 * version is history) through visibleDocumentsWhere.
 */
export async function listApiDocuments(actor: ApiKeyActor, projectId: string, query: ListApiDocumentsQuery): Promise<{ data: DocumentDto[]; nextCursor: string | null }> {
  const viewer = apiDocumentViewer(actor);
  const room = await getRoomOrThrow(viewer, { kind: "project", id: projectId });
  const where = { ...visibleDocumentsWhere(viewer), ...roomDocumentsWhere(room), newerVersions: { none: { isDeleted: false } } };
  const rows = await db.document.findMany({
    // AND, not a spread: the classification rule is an OR, and so is the cursor.
    where: query.cursor ? { AND: [where, afterCursor(decodeCursor(query.cursor))] } : where,
    include: { uploader: { select: { fullName: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const data = await withProcessingProgress(actor.org.id, page.map(toDocumentDto));
  return { data, nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}
