import type { Prisma } from "../../../lib/db/generated/client";
import type { StorageConfig } from "../../../lib/storage/s3-client";
import { toTextExtractionRecord } from "../../../lib/dataroom/extraction/text-extraction-record";
import type { FactoryDb } from "../../factories";
import type { DemoContentKey } from "../dataroom-texts";
import { demoId } from "../demo-ids";
import { storeDemoFileIfMissing } from "./demo-file-store";
import { loadDemoFile } from "./load-demo-file";
import { DEMO_MIME_TYPES, type DemoFileContent } from "./render-demo-file";
import { DOCUMENT_CONTENT } from "../dataroom-texts";

export type DemoDocumentRow = Omit<Prisma.DocumentCreateManyInput, "fileType" | "mimeType" | "fileSizeBytes" | "checksumSha256" | "s3Bucket" | "s3Key" | "status"> & {
  id: string;
  orgId: string;
  name: string;
  content: DemoContentKey;
  createdAt: Date;
};

const kindOf = (key: DemoContentKey): DemoFileContent["kind"] => DOCUMENT_CONTENT[key].kind;

/** Where a demo document's file lives: under its org, like an uploaded one. */
export const demoObjectKey = (row: { orgId: string; id: string; content: DemoContentKey }) => `orgs/${row.orgId}/dataroom/${row.id}.${kindOf(row.content)}`;

/**
 * Demo documents as an upload leaves them once processed: the file in storage, the row with its
 * real size, checksum and page count, READY, and the TEXT extraction the upload job writes.
 * Rows go in the order given (a version references the one it replaces).
 */
export async function seedDemoDocuments(db: FactoryDb, storage: StorageConfig, rows: DemoDocumentRow[]) {
  for (const { content, ...row } of rows) {
    const file = await loadDemoFile(content, row.name);
    const fileType = kindOf(content);
    const s3Key = demoObjectKey({ ...row, content });
    await storeDemoFileIfMissing(storage, s3Key, file.bytes, DEMO_MIME_TYPES[fileType]);
    const metadata = { ...((row.metadata ?? {}) as Record<string, unknown>), pages: file.pages.length, originalFileName: row.name };
    await db.document.createMany({
      skipDuplicates: true,
      data: [
        {
          ...row,
          fileType,
          mimeType: DEMO_MIME_TYPES[fileType],
          s3Key,
          s3Bucket: storage.bucket,
          fileSizeBytes: file.bytes.byteLength,
          checksumSha256: file.checksum,
          status: "READY",
          metadata,
        },
      ],
    });
    const processedAt = new Date(row.createdAt.getTime() + 15_000);
    await db.documentExtraction.createMany({
      skipDuplicates: true,
      data: [
        {
          id: demoId(`document/${row.id}/extraction/TEXT`),
          documentId: row.id,
          extractionType: "TEXT",
          status: "COMPLETED",
          ...toTextExtractionRecord(file.pages),
          createdAt: processedAt,
          updatedAt: processedAt,
        },
      ],
    });
  }
}
