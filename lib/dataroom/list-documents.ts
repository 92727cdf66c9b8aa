import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { visibleDocumentsWhere } from "./access-rules";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { assertFolderInRoom } from "./rooms/folder-room";
import { getRoomOrThrow, roomDocumentsWhere, roomTopLevelWhere, type Room } from "./rooms/get-room-or-throw";
import type { RoomRef } from "./rooms/room-ref";
import { toDocumentDto } from "./to-document-dto";
import { withProcessingProgress } from "./with-processing-progress";

/**
 * The current versions in one folder (null: the room's top level) that the role may see. A
 * version replaced by a newer live one is history, reached through the version list.
 */
export async function listDocuments(tenant: Pick<TenantContext, "org" | "role">, ref: RoomRef | Room, folderId: string | null) {
  const room = "rootFolderId" in ref ? ref : await getRoomOrThrow(tenant, ref);
  if (folderId) await assertFolderInRoom(db, room, await getFolderOrThrow(tenant, folderId));
  const documents = await db.document.findMany({
    where: {
      ...visibleDocumentsWhere(tenant),
      ...roomDocumentsWhere(room),
      // AND, not a spread: both this and the classification rule are ORs.
      AND: [folderId ? { folderId } : roomTopLevelWhere(room)],
      newerVersions: { none: { isDeleted: false } },
    },
    include: { uploader: { select: { fullName: true } } },
    orderBy: [{ name: "asc" }, { createdAt: "desc" }],
  });
  return withProcessingProgress(tenant.org.id, documents.map(toDocumentDto));
}
