import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getRoomOrThrow, type Room } from "./rooms/get-room-or-throw";
import type { RoomRef } from "./rooms/room-ref";
import { toFolderDto, type FolderDto } from "./to-folder-dto";

export type FolderNode = FolderDto & { children: FolderNode[] };

/** The room's live folders as a tree, siblings by name; top-level folders have parentFolderId null. */
export async function listFolderTree(tenant: Pick<TenantContext, "org">, ref: RoomRef | Room): Promise<FolderNode[]> {
  const room = "rootFolderId" in ref ? ref : await getRoomOrThrow(tenant, ref);
  const folders = await db.documentFolder.findMany({
    // A portfolio's folders carry no owner column: all of the org's project-less folders are
    // loaded and only the branch under this portfolio's root is kept (investor trees are small).
    where: { orgId: tenant.org.id, projectId: room.kind === "project" ? room.id : null, isDeleted: false },
    orderBy: { name: "asc" },
  });
  const nodes = new Map(folders.map((f) => [f.id, { ...toFolderDto(f, room.rootFolderId), children: [] as FolderNode[] }]));
  const roots: FolderNode[] = [];
  for (const folder of folders) {
    const node = nodes.get(folder.id)!;
    if (folder.id === room.rootFolderId) continue;
    if (folder.parentFolderId === room.rootFolderId) roots.push(node);
    else nodes.get(folder.parentFolderId!)?.children.push(node);
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
