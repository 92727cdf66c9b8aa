import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { listDocumentVersions } from "./list-document-versions";
import { assertFolderInRoom } from "./rooms/folder-room";
import { getRoomOrThrow } from "./rooms/get-room-or-throw";
import { roomOfDocument } from "./rooms/room-ref";
import type { MoveDocumentInput } from "./schemas";

/**
 * Moves a document, with every version of its chain, to another folder of the same data room
 * (folderId null: the top level). A copy of the same bytes already there is refused, as on upload.
 */
export async function moveDocument(actor: Actor, input: MoveDocumentInput) {
  const versions = await listDocumentVersions(actor, input.documentId);
  const current = versions[0]!;
  const ref = roomOfDocument(current);
  if (!ref) throw notFound("Document");
  const room = await getRoomOrThrow(actor, ref);
  return auditedWrite(actor, async (tx) => {
    let target = room.rootFolderId;
    let targetName = "the top level";
    if (input.folderId) {
      const folder = await getFolderOrThrow(actor, input.folderId, tx);
      await assertFolderInRoom(tx, room, folder);
      target = folder.id;
      targetName = `"${folder.name}"`;
    }
    const ids = versions.map((v) => v.id);
    const twin = await tx.document.findFirst({
      where: { orgId: actor.org.id, folderId: target, checksumSha256: current.checksumSha256, isDeleted: false, id: { notIn: ids } },
      select: { name: true },
    });
    if (twin) throw new AppError("CONFLICT", `${targetName} already holds the same file ("${twin.name}").`);
    const { count } = await tx.document.updateMany({ where: { id: { in: ids }, orgId: actor.org.id, isDeleted: false }, data: { folderId: target } });
    if (count === 0) throw notFound("Document");
    return {
      result: { id: current.id, folderId: input.folderId },
      audit: {
        action: "document.moved",
        entityType: "Document",
        entityId: current.id,
        changes: diffChanges({ folderId: current.folderId, versionIds: ids }, { folderId: input.folderId, versionIds: ids }),
      },
    };
  });
}
