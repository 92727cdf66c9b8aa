import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { assertFreeFolderName } from "./assert-free-folder-name";
import { getFolderOrThrow } from "./get-folder-or-throw";
import type { DeleteFolderInput } from "./schemas";

/**
 * Soft-deletes a folder. A folder with contents is refused unless the user confirmed moving them
 * to its parent: nothing disappears by surprise. Contents count every live document, whatever
 * its classification, so a viewer cannot empty a folder of documents they cannot see.
 */
export async function deleteFolder(actor: Actor, input: DeleteFolderInput) {
  return auditedWrite(actor, async (tx) => {
    const folder = await getFolderOrThrow(actor, input.folderId, tx);
    const scope = { orgId: actor.org.id, isDeleted: false };
    const subfolders = await tx.documentFolder.findMany({ where: { ...scope, parentFolderId: folder.id } });
    const documents = await tx.document.count({ where: { ...scope, folderId: folder.id } });
    if ((subfolders.length || documents) && !input.moveContentsToParent) {
      throw new AppError(
        "CONFLICT",
        `"${folder.name}" holds ${subfolders.length} folder(s) and ${documents} document(s). Confirm moving them to the parent folder to delete it.`,
      );
    }
    for (const sub of subfolders) {
      await assertFreeFolderName(tx, { ...sub, parentFolderId: folder.parentFolderId, exceptId: sub.id });
    }
    await tx.documentFolder.updateMany({ where: { ...scope, parentFolderId: folder.id }, data: { parentFolderId: folder.parentFolderId } });
    await tx.document.updateMany({ where: { orgId: actor.org.id, folderId: folder.id }, data: { folderId: folder.parentFolderId } });
    const { count } = await tx.documentFolder.updateMany({ where: { id: folder.id, ...scope }, data: { isDeleted: true } });
    if (count === 0) throw notFound("Folder");
    return {
      result: { id: folder.id, movedFolders: subfolders.length, movedDocuments: documents },
      audit: {
        action: "folder.deleted",
        entityType: "DocumentFolder",
        entityId: folder.id,
        changes: { before: { name: folder.name, isDeleted: false }, after: { isDeleted: true, movedFolders: subfolders.length, movedDocuments: documents } },
      },
    };
  });
}
