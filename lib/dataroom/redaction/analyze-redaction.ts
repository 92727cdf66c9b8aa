import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { detectPii } from "./detect-pii";
import { extractedPages } from "./get-redaction-job-or-throw";

/** pending -> analyzing -> review: runs the offline rules over the extracted text. Idempotent. */
export async function analyzeRedaction(orgId: string, jobId: string) {
  const { count } = await db.redactionJob.updateMany({ where: { id: jobId, orgId, status: "pending" }, data: { status: "analyzing" } });
  if (count === 0) return { jobId, status: "skipped" as const };
  const job = await db.redactionJob.findFirstOrThrow({ where: { id: jobId, orgId } });
  const pages = await extractedPages(job.documentId);
  const detections = pages ? detectPii(pages) : [];
  return auditedWrite(systemActor(orgId), async (tx) => {
    const status = pages ? "review" : "failed";
    await tx.redactionJob.updateMany({
      where: { id: jobId, orgId, status: "analyzing" },
      data: { status, detectedEntities: detections, entityCount: detections.length, errorMessage: pages ? null : "The document's extracted text is missing." },
    });
    return { result: { jobId, status, entityCount: detections.length }, audit: { action: "redaction.analyzed", entityType: "RedactionJob", entityId: jobId, changes: { after: { status, entityCount: detections.length } } } };
  });
}
