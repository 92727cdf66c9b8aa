import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getDocumentOrThrow } from "../get-document-or-throw";
import type { AiDetectionOutcome } from "./detect-pii-with-ai";
import type { PiiDetection } from "./detect-pii";

export type RedactionJobDto = {
  id: string;
  status: string;
  entityCount: number;
  approvedCount: number;
  detections: PiiDetection[];
  approvedIds: string[];
  redactedDocumentId: string | null;
  errorMessage: string | null;
  /** How the AI engine took part in the scan; null before the scan (or for scans older than it). */
  aiDetection: AiDetectionOutcome["status"] | null;
  aiError: string | null;
  createdAt: string;
};

type AnalyzedChanges = { after?: { aiDetection?: AiDetectionOutcome["status"]; aiError?: string | null } } | null;

/** The document's redaction jobs, newest first, for the review screen. */
export async function listRedactionJobs(tenant: Pick<TenantContext, "org" | "role">, documentId: string): Promise<RedactionJobDto[]> {
  const document = await getDocumentOrThrow(tenant, documentId);
  const jobs = await db.redactionJob.findMany({ where: { orgId: tenant.org.id, documentId: document.id }, orderBy: { createdAt: "desc" }, take: 10 });
  // The scan's AI outcome lives in its audit entry: redaction_jobs keeps the dictionary's columns.
  const analyzed = await db.auditLog.findMany({
    where: { orgId: tenant.org.id, action: "redaction.analyzed", entityType: "RedactionJob", entityId: { in: jobs.map((j) => j.id) } },
    select: { entityId: true, changes: true },
  });
  const aiOf = new Map(analyzed.map((a) => [a.entityId, (a.changes as AnalyzedChanges)?.after]));
  return jobs.map((job) => ({
    id: job.id,
    status: job.status,
    entityCount: job.entityCount,
    approvedCount: job.approvedCount,
    // Scans from before AI detection carry no source: the rules found them.
    detections: ((job.detectedEntities ?? []) as PiiDetection[]).map((d) => ({ ...d, source: d.source ?? "rules" })),
    approvedIds: ((job.approvedRedactions ?? []) as PiiDetection[]).map((d) => d.id),
    redactedDocumentId: job.redactedDocumentId,
    errorMessage: job.errorMessage,
    aiDetection: aiOf.get(job.id)?.aiDetection ?? null,
    aiError: aiOf.get(job.id)?.aiError ?? null,
    createdAt: job.createdAt.toISOString(),
  }));
}
