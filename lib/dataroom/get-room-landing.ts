import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { visibleDocumentsWhere } from "./access-rules";
import type { FolderNode } from "./list-folder-tree";
import { roomDocumentsWhere, type Room } from "./rooms/get-room-or-throw";
import { toDocumentDto, type DocumentDto } from "./to-document-dto";
import { withProcessingProgress } from "./with-processing-progress";

export type FolderSummary = { id: string; name: string; subfolders: number; documents: number };
export type RoomLanding = { folders: FolderSummary[]; recent: DocumentDto[] };

const RECENT = 5;

/**
 * What a room shows before a folder is opened: its top-level folders with how many current
 * documents the role may see in each (subfolders included), and the latest uploads anywhere in it.
 */
export async function getRoomLanding(tenant: Pick<TenantContext, "org" | "role">, room: Room, tree: FolderNode[]): Promise<RoomLanding> {
  const current = { ...visibleDocumentsWhere(tenant), ...roomDocumentsWhere(room), newerVersions: { none: { isDeleted: false } } };
  const [perFolder, recent] = await Promise.all([
    db.document.groupBy({ by: ["folderId"], where: current, _count: { _all: true } }),
    db.document.findMany({
      where: current,
      include: { uploader: { select: { fullName: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: RECENT,
    }),
  ]);
  const direct = new Map(perFolder.map((row) => [row.folderId, row._count._all]));
  return {
    folders: tree.map((node) => ({ id: node.id, name: node.name, subfolders: countFolders(node.children), documents: countDocuments(node, direct) })),
    recent: await withProcessingProgress(tenant.org.id, recent.map(toDocumentDto)),
  };
}

function countDocuments(node: FolderNode, direct: Map<string | null, number>): number {
  return node.children.reduce((sum, child) => sum + countDocuments(child, direct), direct.get(node.id) ?? 0);
}

function countFolders(nodes: FolderNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countFolders(node.children), 0);
}
