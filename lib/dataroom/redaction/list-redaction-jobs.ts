import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getDocumentOrThrow } from "../get-document-or-throw";
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
  createdAt: string;
};

/** The document's redaction jobs, newest first, for the review screen. */
export async function listRedactionJobs(tenant: Pick<TenantContext, "org" | "role">, documentId: string): Promise<RedactionJobDto[]> {
  const document = await getDocumentOrThrow(tenant, documentId);
  const jobs = await db.redactionJob.findMany({ where: { orgId: tenant.org.id, documentId: document.id }, orderBy: { createdAt: "desc" }, take: 10 });
  return jobs.map((job) => ({
    id: job.id,
    status: job.status,
    entityCount: job.entityCount,
    approvedCount: job.approvedCount,
    detections: (job.detectedEntities ?? []) as PiiDetection[],
    approvedIds: ((job.approvedRedactions ?? []) as PiiDetection[]).map((d) => d.id),
    redactedDocumentId: job.redactedDocumentId,
    errorMessage: job.errorMessage,
    createdAt: job.createdAt.toISOString(),
  }));
}
