import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertFreeFolderName } from "./assert-free-folder-name";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { folderTreeKey, rootAncestorId } from "./rooms/folder-room";
import type { MoveFolderInput } from "./schemas";

/** True when `candidateId` is `folderId` itself or lies below it: moving there would make a cycle. */
async function isInSubtree(tx: Tx, orgId: string, folderId: string, candidateId: string): Promise<boolean> {
  const seen = new Set<string>();
  for (let id: string | null = candidateId; id; ) {
    if (id === folderId) return true;
    if (seen.has(id)) return true;
    seen.add(id);
    const row: { parentFolderId: string | null } | null = await tx.documentFolder.findFirst({ where: { id, orgId }, select: { parentFolderId: true } });
    id = row?.parentFolderId ?? null;
  }
  return false;
}

export async function moveFolder(actor: Actor, input: MoveFolderInput) {
  return auditedWrite(actor, async (tx) => {
    const folder = await getFolderOrThrow(actor, input.folderId, tx);
    // "Top level" is NULL in a project room and the hidden root folder in a portfolio room.
    let parentFolderId = folder.projectId ? null : await rootAncestorId(tx, folder);
    if (input.parentFolderId) {
      const target = await getFolderOrThrow(actor, input.parentFolderId, tx);
      if ((await folderTreeKey(tx, target)) !== (await folderTreeKey(tx, folder))) {
        throw new AppError("VALIDATION", "A folder can only move within its own data room.");
      }
      if (await isInSubtree(tx, actor.org.id, folder.id, target.id)) {
        throw new AppError("VALIDATION", `"${folder.name}" cannot move into itself or one of its own subfolders.`);
      }
      parentFolderId = target.id;
    }
    await assertFreeFolderName(tx, { ...folder, parentFolderId, exceptId: folder.id });
    const { count } = await tx.documentFolder.updateMany({
      where: { id: folder.id, orgId: actor.org.id },
      data: { parentFolderId },
    });
    if (count === 0) throw notFound("Folder");
    return {
      result: { id: folder.id, parentFolderId: input.parentFolderId },
      audit: {
        action: "folder.moved",
        entityType: "DocumentFolder",
        entityId: folder.id,
        changes: diffChanges({ parentFolderId: folder.parentFolderId }, { parentFolderId }),
      },
    };
  });
}
