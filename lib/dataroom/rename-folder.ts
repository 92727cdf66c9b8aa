import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { assertFreeFolderName } from "./assert-free-folder-name";
import { getFolderOrThrow } from "./get-folder-or-throw";
import type { RenameFolderInput } from "./schemas";

export async function renameFolder(actor: Actor, input: RenameFolderInput) {
  return auditedWrite(actor, async (tx) => {
    const folder = await getFolderOrThrow(actor, input.folderId, tx);
    await assertFreeFolderName(tx, { ...folder, name: input.name, exceptId: folder.id });
    const { count } = await tx.documentFolder.updateMany({ where: { id: folder.id, orgId: actor.org.id }, data: { name: input.name } });
    if (count === 0) throw notFound("Folder");
    return {
      result: { id: folder.id, name: input.name },
      audit: { action: "folder.renamed", entityType: "DocumentFolder", entityId: folder.id, changes: diffChanges({ name: folder.name }, { name: input.name }) },
    };
  });
}
