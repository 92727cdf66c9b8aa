import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { assertFreeFolderName } from "./assert-free-folder-name";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { assertFolderInRoom } from "./rooms/folder-room";
import { ensureRoomRoot, getRoomOrThrow } from "./rooms/get-room-or-throw";
import type { CreateFolderInput } from "./schemas";
import { toFolderDto } from "./to-folder-dto";

export async function createFolder(actor: Actor, input: CreateFolderInput) {
  const room = await getRoomOrThrow(actor, input.room);
  return auditedWrite(actor, async (tx) => {
    if (input.parentFolderId) await assertFolderInRoom(tx, room, await getFolderOrThrow(actor, input.parentFolderId, tx));
    await ensureRoomRoot(tx, actor.org.id, room);
    const where = {
      orgId: actor.org.id,
      projectId: room.kind === "project" ? room.id : null,
      parentFolderId: input.parentFolderId ?? room.rootFolderId,
      name: input.name,
    };
    await assertFreeFolderName(tx, where);
    const folder = await tx.documentFolder.create({ data: where });
    const dto = toFolderDto(folder, room.rootFolderId);
    return {
      result: dto,
      audit: { action: "folder.created", entityType: "DocumentFolder", entityId: folder.id, changes: { after: { ...dto, room: { kind: room.kind, id: room.id } } } },
    };
  });
}
