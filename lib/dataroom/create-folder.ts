import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { assertFreeFolderName } from "./assert-free-folder-name";
import { getFolderOrThrow } from "./get-folder-or-throw";
import type { CreateFolderInput } from "./schemas";
import { toFolderDto } from "./to-folder-dto";

export async function createFolder(actor: Actor, input: CreateFolderInput) {
  const project = await getProjectOrThrow(actor, input.projectId);
  return auditedWrite(actor, async (tx) => {
    if (input.parentFolderId) {
      const parent = await getFolderOrThrow(actor, input.parentFolderId, tx);
      if (parent.projectId !== project.id) throw new AppError("VALIDATION", "The parent folder belongs to another project.");
    }
    const where = { orgId: actor.org.id, projectId: project.id, parentFolderId: input.parentFolderId, name: input.name };
    await assertFreeFolderName(tx, where);
    const folder = await tx.documentFolder.create({ data: where });
    const dto = toFolderDto(folder);
    return { result: dto, audit: { action: "folder.created", entityType: "DocumentFolder", entityId: folder.id, changes: { after: dto } } };
  });
}
