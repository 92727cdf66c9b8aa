import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { toFolderDto, type FolderDto } from "./to-folder-dto";

export type FolderNode = FolderDto & { children: FolderNode[] };

/** The project's live folders as a tree, siblings by name. */
export async function listFolderTree(tenant: Pick<TenantContext, "org">, projectId: string): Promise<FolderNode[]> {
  const project = await getProjectOrThrow(tenant, projectId);
  const folders = await db.documentFolder.findMany({
    where: { orgId: tenant.org.id, projectId: project.id, isDeleted: false },
    orderBy: { name: "asc" },
  });
  const nodes = new Map(folders.map((f) => [f.id, { ...toFolderDto(f), children: [] as FolderNode[] }]));
  const roots: FolderNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentFolderId ? nodes.get(node.parentFolderId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The folder and its ancestors, root first: the breadcrumbs. */
export function folderPath(tree: FolderNode[], folderId: string): FolderDto[] {
  for (const node of tree) {
    if (node.id === folderId) return [node];
    const below = folderPath(node.children, folderId);
    if (below.length) return [node, ...below];
  }
  return [];
}
