import type { Document, DocumentClassification, DocumentStatus } from "@/lib/db/generated/client";

export type DocumentDto = {
  id: string;
  name: string;
  fileType: string;
  mimeType: string;
  sizeBytes: number;
  version: number;
  parentVersionId: string | null;
  status: DocumentStatus;
  classification: DocumentClassification | null;
  watermarkEnabled: boolean;
  folderId: string | null;
  projectId: string | null;
  checksumSha256: string;
  uploadedBy: string;
  uploaderName: string | null;
  errorMessage: string | null;
  createdAt: string;
};

export function toDocumentDto(document: Document & { uploader?: { fullName: string } | null }): DocumentDto {
  const metadata = (document.metadata ?? {}) as { error?: unknown };
  return {
    id: document.id,
    name: document.name,
    fileType: document.fileType,
    mimeType: document.mimeType,
    sizeBytes: document.fileSizeBytes,
    version: document.version,
    parentVersionId: document.parentVersionId,
    status: document.status,
    classification: document.classification,
    watermarkEnabled: document.watermarkEnabled,
    folderId: document.folderId,
    projectId: document.projectId,
    checksumSha256: document.checksumSha256,
    uploadedBy: document.uploadedBy,
    uploaderName: document.uploader?.fullName ?? null,
    errorMessage: typeof metadata.error === "string" ? metadata.error : null,
    createdAt: document.createdAt.toISOString(),
  };
}
