import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { emit } from "@/lib/events/emit";
import { detectPiiWithAi, type AiDetectionOutcome } from "./detect-pii-with-ai";
import { detectPii, type PiiDetection } from "./detect-pii";
import { extractedPages } from "./get-redaction-job-or-throw";
import { mergeDetections } from "./merge-detections";

/**
 * pending -> analyzing -> review: the offline rules, plus the AI engine's findings when a model is
 * configured. The AI half never fails the job: without it the rules' findings still go to review,
 * and the audit entry says AI detection was unavailable (the dictionary has no column for it).
 * Idempotent: only a pending job is analysed, or one left analyzing by an attempt that died (the
 * worker runs one attempt at a time per run).
 */
export async function analyzeRedaction(orgId: string, jobId: string) {
  const { count } = await db.redactionJob.updateMany({ where: { id: jobId, orgId, status: { in: ["pending", "analyzing"] } }, data: { status: "analyzing" } });
  if (count === 0) return { jobId, status: "skipped" as const };
  const job = await db.redactionJob.findFirstOrThrow({ where: { id: jobId, orgId } });
  const pages = await extractedPages(job.documentId);
  let detections: PiiDetection[] = [];
  let ai: AiDetectionOutcome | null = null;
  if (pages) {
    const document = await db.document.findFirst({ where: { id: job.documentId, orgId }, select: { name: true } });
    const actor = { org: { id: orgId }, user: job.createdBy ? { id: job.createdBy } : null };
    const found = await detectPiiWithAi(actor, { jobId, documentId: job.documentId, documentName: document?.name ?? "(untitled)", pages });
    detections = mergeDetections(detectPii(pages), found.detections);
    ai = found.outcome;
  }
  const aiCount = detections.filter((d) => d.source === "ai").length;
  return auditedWrite(systemActor(orgId, "dataroom-analyze-redaction"), async (tx) => {
    const status = pages ? "review" : "failed";
    if (pages) await emit(tx, "redaction.analyzed", { orgId, redactionJobId: jobId, documentId: job.documentId });
    await tx.redactionJob.updateMany({
      where: { id: jobId, orgId, status: "analyzing" },
      data: { status, detectedEntities: detections, entityCount: detections.length, errorMessage: pages ? null : "The document's extracted text is missing." },
    });
    const after = {
      status,
      entityCount: detections.length,
      ...(ai ? { aiDetection: ai.status, aiEntityCount: aiCount, aiCalls: ai.calls, aiDropped: ai.dropped, aiError: ai.error } : {}),
    };
    return {
      result: { jobId, status, entityCount: detections.length, aiDetection: ai?.status ?? null },
      audit: { action: "redaction.analyzed", entityType: "RedactionJob", entityId: jobId, changes: { after } },
    };
  });
}
