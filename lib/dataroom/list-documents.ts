import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { visibleDocumentsWhere } from "./access-rules";
import { getFolderOrThrow } from "./get-folder-or-throw";
import { toDocumentDto } from "./to-document-dto";

/**
 * The current versions in one folder (null: the project's root) that the role may see. A version
 * replaced by a newer live one is history, reached through the version list.
 */
export async function listDocuments(tenant: Pick<TenantContext, "org" | "role">, projectId: string, folderId: string | null) {
  const project = await getProjectOrThrow(tenant, projectId);
  if (folderId) await getFolderOrThrow(tenant, folderId);
  const documents = await db.document.findMany({
    where: {
      ...visibleDocumentsWhere(tenant),
      projectId: project.id,
      folderId,
      newerVersions: { none: { isDeleted: false } },
    },
    include: { uploader: { select: { fullName: true } } },
    orderBy: [{ name: "asc" }, { createdAt: "desc" }],
  });
  return documents.map(toDocumentDto);
}
