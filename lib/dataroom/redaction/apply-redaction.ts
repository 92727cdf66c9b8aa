import type { OnExtractionProgress } from "../extraction/extraction-progress";
import { createHash } from "node:crypto";
import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { emit } from "@/lib/events/emit";
import { deleteObject, getObjectBytes, newObjectKey, putObject } from "@/lib/storage/objects";
import { getStorage } from "@/lib/storage/s3-client";
import type { PiiDetection } from "./detect-pii";
import { extractedPages } from "./get-redaction-job-or-throw";
import { redactPdf } from "./redact-pdf";

/**
 * applying -> done: makes a copy of the PDF without the approved spans (redactPdf), stores it as a
 * NEW document next to the original (which is untouched), records how it was made, and links it
 * from the job; failed, with the reason, otherwise.
 */
export async function applyRedaction(orgId: string, jobId: string, options: { onProgress?: OnExtractionProgress } = {}) {
  const job = await db.redactionJob.findFirst({ where: { id: jobId, orgId, status: "applying", redactedDocumentId: null } });
  if (!job) return { jobId, status: "skipped" as const };
  const source = await db.document.findFirst({ where: { id: job.documentId, orgId } });
  const pages = await extractedPages(job.documentId);
  if (!source || !pages) {
    await db.redactionJob.updateMany({ where: { id: jobId, orgId }, data: { status: "failed", errorMessage: "The source document or its text is gone." } });
    return { jobId, status: "failed" as const };
  }
  const { bytes, method } = await redactPdf(await getObjectBytes(source.s3Key), pages, (job.approvedRedactions ?? []) as PiiDetection[], options.onProgress);
  const name = `${source.name.replace(/\.pdf$/i, "")} (redacted).pdf`;
  const key = newObjectKey(orgId, "dataroom", name);
  await putObject(key, bytes, "application/pdf", bytes.length);
  try {
    const created = await auditedWrite(systemActor(orgId, "dataroom-apply-redaction"), async (tx) => {
      const document = await tx.document.create({
        data: {
          orgId,
          projectId: source.projectId,
          portfolioId: source.portfolioId,
          folderId: source.folderId,
          name,
          fileType: "pdf",
          mimeType: "application/pdf",
          s3Key: key,
          s3Bucket: getStorage().bucket,
          fileSizeBytes: bytes.length,
          status: "PROCESSING",
          uploadedBy: job.createdBy ?? source.uploadedBy,
          checksumSha256: createHash("sha256").update(bytes).digest("hex"),
          classification: source.classification,
          watermarkEnabled: source.watermarkEnabled,
          metadata: { redactedFrom: source.id, redactionJobId: job.id, redactionMethod: method },
        },
      });
      await tx.redactionJob.updateMany({
        where: { id: job.id, orgId, status: "applying" },
        data: { status: "done", redactedDocumentId: document.id, redactedS3Key: key },
      });
      await emit(tx, "document.uploaded", { orgId, documentId: document.id });
      return {
        result: document,
        audit: {
          action: "redaction.applied",
          entityType: "RedactionJob",
          entityId: job.id,
          changes: { after: { redactedDocumentId: document.id, approvedCount: job.approvedCount, redactionMethod: method } },
        },
      };
    });
    return { jobId, status: "done" as const, redactedDocumentId: created.id };
  } catch (error) {
    await deleteObject(key).catch(() => {});
    throw error;
  }
}
