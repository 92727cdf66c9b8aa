import { db } from "@/lib/db/client";
import type { Tx } from "@/lib/db/create-db-client";
import { notFound } from "@/lib/errors/app-error";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/**
 * A live folder of the tenant's org; another org's id, a deleted folder or none: the same 404.
 * A portfolio's hidden root folder (no project, no parent) is never handed out: it is the room
 * itself, not a folder anyone may rename, move or delete.
 */
export async function getFolderOrThrow(tenant: { org: Pick<TenantContext["org"], "id"> }, folderId: string, client: Tx | typeof db = db) {
  const folder = looksLikeUuid(folderId)
    ? await client.documentFolder.findFirst({ where: { id: folderId, orgId: tenant.org.id, isDeleted: false, NOT: { projectId: null, parentFolderId: null } } })
    : null;
  if (!folder) throw notFound("Folder");
  return folder;
}
