import type { Document, DocumentClassification, DocumentStatus } from "@/lib/db/generated/client";
import { portfolioRootFolderId } from "./rooms/portfolio-root-folder-id";

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
  portfolioId: string | null;
  checksumSha256: string;
  uploadedBy: string;
  uploaderName: string | null;
  errorMessage: string | null;
  /** While PROCESSING: pages read so far by its job (withProcessingProgress), when it reports them. */
  progress: { done: number; total: number } | null;
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
    // Top-level files say folderId null in every room; a portfolio's hidden root stays server-side.
    folderId: document.portfolioId && document.folderId === portfolioRootFolderId(document.portfolioId) ? null : document.folderId,
    projectId: document.projectId,
    portfolioId: document.portfolioId,
    checksumSha256: document.checksumSha256,
    uploadedBy: document.uploadedBy,
    uploaderName: document.uploader?.fullName ?? null,
    errorMessage: typeof metadata.error === "string" ? metadata.error : null,
    progress: null,
    createdAt: document.createdAt.toISOString(),
  };
}
