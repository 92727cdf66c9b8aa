import type { DocumentFolder } from "@/lib/db/generated/client";

export type FolderDto = { id: string; name: string; parentFolderId: string | null; projectId: string | null };

export function toFolderDto(folder: DocumentFolder): FolderDto {
  return { id: folder.id, name: folder.name, parentFolderId: folder.parentFolderId, projectId: folder.projectId };
}
