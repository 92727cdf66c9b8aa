import { createHash } from "node:crypto";
import type { DocumentClassification, DocumentStatus } from "../../lib/db/generated/client";
import { type FactoryDb, uniqueSuffix } from "./types";

export type CreateFolderInput = { orgId: string; projectId?: string; parentFolderId?: string; name?: string };

export async function createDocumentFolder(db: FactoryDb, input: CreateFolderInput) {
  return db.documentFolder.create({
    data: { orgId: input.orgId, projectId: input.projectId, parentFolderId: input.parentFolderId, name: input.name ?? `Folder ${uniqueSuffix()}` },
  });
}

export type CreateDocumentInput = {
  orgId: string;
  uploadedBy: string;
  projectId?: string;
  portfolioId?: string;
  folderId?: string;
  name?: string;
  fileType?: "pdf" | "xlsx" | "docx";
  /** Stands in for the file's bytes: the checksum and size are computed from it. */
  content?: string;
  parentVersionId?: string;
  version?: number;
  status?: DocumentStatus;
  classification?: DocumentClassification;
};

const MIME_TYPES = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

/** Creates a data-room document row (metadata only: no object is written to S3). */
export async function createDocument(db: FactoryDb, input: CreateDocumentInput) {
  const fileType = input.fileType ?? "pdf";
  const name = input.name ?? `Document ${uniqueSuffix()}.${fileType}`;
  const content = input.content ?? `${name}\n`;
  return db.document.create({
    data: {
      orgId: input.orgId,
      projectId: input.projectId,
      portfolioId: input.portfolioId,
      folderId: input.folderId,
      name,
      fileType,
      mimeType: MIME_TYPES[fileType],
      s3Key: `orgs/${input.orgId}/dataroom/${uniqueSuffix()}.${fileType}`,
      s3Bucket: process.env.S3_BUCKET ?? "scr-local",
      fileSizeBytes: Buffer.byteLength(content),
      version: input.version ?? 1,
      parentVersionId: input.parentVersionId,
      status: input.status ?? "READY",
      uploadedBy: input.uploadedBy,
      checksumSha256: createHash("sha256").update(content).digest("hex"),
      classification: input.classification ?? "CONFIDENTIAL",
    },
  });
}
