import type { Tx } from "@/lib/db/create-db-client";
import { AppError } from "@/lib/errors/app-error";

/** Two live folders of one name side by side would be indistinguishable in the tree. */
export async function assertFreeFolderName(tx: Tx, where: { orgId: string; projectId: string | null; parentFolderId: string | null; name: string; exceptId?: string }) {
  const clash = await tx.documentFolder.findFirst({
    where: {
      orgId: where.orgId,
      projectId: where.projectId,
      parentFolderId: where.parentFolderId,
      isDeleted: false,
      name: { equals: where.name, mode: "insensitive" },
      ...(where.exceptId ? { id: { not: where.exceptId } } : {}),
    },
  });
  if (clash) {
    throw new AppError("CONFLICT", `A folder named "${clash.name}" already exists here.`, { fieldErrors: { name: ["This name is taken here."] } });
  }
}
