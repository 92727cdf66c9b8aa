import type { Tx } from "@/lib/db/create-db-client";
import type { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Room } from "./get-room-or-throw";

type FolderRow = { id: string; orgId: string; projectId: string | null; parentFolderId: string | null };

/** The topmost ancestor of a folder (itself when it has no parent); cycles cannot exist but are cut. */
export async function rootAncestorId(client: Tx | typeof db, folder: FolderRow): Promise<string> {
  const seen = new Set<string>([folder.id]);
  let current = folder;
  while (current.parentFolderId && !seen.has(current.parentFolderId)) {
    seen.add(current.parentFolderId);
    const parent = await client.documentFolder.findFirst({
      where: { id: current.parentFolderId, orgId: folder.orgId },
      select: { id: true, orgId: true, projectId: true, parentFolderId: true },
    });
    if (!parent) break;
    current = parent;
  }
  return current.id;
}

/** Which tree a folder belongs to: its project's, or the portfolio root above it. */
export async function folderTreeKey(client: Tx | typeof db, folder: FolderRow): Promise<string> {
  return folder.projectId ? `project:${folder.projectId}` : `root:${await rootAncestorId(client, folder)}`;
}

export async function isFolderInRoom(client: Tx | typeof db, room: Room, folder: FolderRow): Promise<boolean> {
  if (room.kind === "project") return folder.projectId === room.id;
  return folder.projectId === null && (await rootAncestorId(client, folder)) === room.rootFolderId;
}

export async function assertFolderInRoom(client: Tx | typeof db, room: Room, folder: FolderRow): Promise<void> {
  if (!(await isFolderInRoom(client, room, folder))) {
    throw new AppError("VALIDATION", `The folder belongs to another data room, not ${room.name}.`);
  }
}
