import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { visibleDocumentsWhere } from "./access-rules";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { assertFolderInRoom } from "./rooms/folder-room";
import { getRoomOrThrow, roomDocumentsWhere, roomTopLevelWhere, type Room } from "./rooms/get-room-or-throw";
import type { RoomRef } from "./rooms/room-ref";
import { toDocumentDto } from "./to-document-dto";
import { withProcessingProgress } from "./with-processing-progress";

/** Documents a page of a folder shows: a room of 2,000 files at its top level is 40 pages, not one. */
export const DOCUMENTS_PAGE_SIZE = 50;

/**
 * One page of the current versions in one folder (null: the room's top level) that the role may
 * see, by name. A version replaced by a newer live one is history, reached through the version
 * list. A page past the end (a stale link after deletes) answers with the last page.
 */
export async function listDocuments(tenant: Pick<TenantContext, "org" | "role">, ref: RoomRef | Room, folderId: string | null, options: { page?: number } = {}) {
  const room = "rootFolderId" in ref ? ref : await getRoomOrThrow(tenant, ref);
  if (folderId) await assertFolderInRoom(db, room, await getFolderOrThrow(tenant, folderId));
  const where = {
    ...visibleDocumentsWhere(tenant),
    ...roomDocumentsWhere(room),
    // AND, not a spread: both this and the classification rule are ORs.
    AND: [folderId ? { folderId } : roomTopLevelWhere(room)],
    newerVersions: { none: { isDeleted: false } },
  };
  const total = await db.document.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DOCUMENTS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const documents = await db.document.findMany({
    where,
    include: { uploader: { select: { fullName: true } } },
    orderBy: [{ name: "asc" }, { createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * DOCUMENTS_PAGE_SIZE,
    take: DOCUMENTS_PAGE_SIZE,
  });
  return { documents: await withProcessingProgress(tenant.org.id, documents.map(toDocumentDto)), total, page, pageCount, pageSize: DOCUMENTS_PAGE_SIZE };
}
export type DocumentPage = Awaited<ReturnType<typeof listDocuments>>;
