import { db } from "@/lib/db/client";

/** A retried redaction run resumes the step that failed: analysis from pending, the copy from applying. */
export async function reopenRedactionJob(orgId: string, redactionJobId: string, step: "pending" | "applying"): Promise<void> {
  const where = step === "applying" ? { approvedCount: { gt: 0 }, redactedDocumentId: null } : {};
  await db.redactionJob.updateMany({ where: { id: redactionJobId, orgId, status: "failed", ...where }, data: { status: step, errorMessage: null } });
}
