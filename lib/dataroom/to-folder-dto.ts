import type { DocumentFolder } from "@/lib/db/generated/client";

export type FolderDto = { id: string; name: string; parentFolderId: string | null; projectId: string | null };

/** Top-level folders say parentFolderId null in every room; a portfolio's hidden root stays server-side. */
export function toFolderDto(folder: DocumentFolder, roomRootFolderId: string | null = null): FolderDto {
  const parentFolderId = folder.parentFolderId === roomRootFolderId ? null : folder.parentFolderId;
  return { id: folder.id, name: folder.name, parentFolderId, projectId: folder.projectId };
}
