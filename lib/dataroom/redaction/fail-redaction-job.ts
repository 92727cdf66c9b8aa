import { auditedWrite } from "@/lib/audit/audited-write";
import { systemActor } from "@/lib/auth/actor";

const UNSETTLED = ["pending", "analyzing", "applying"];

/** A redaction job whose work gave up ends failed with the reason; a done or failed job is left alone. */
export async function failRedactionJob(orgId: string, redactionJobId: string, reason: string): Promise<boolean> {
  return auditedWrite(systemActor(orgId, "dataroom-redaction"), async (tx) => {
    const job = await tx.redactionJob.findFirst({ where: { id: redactionJobId, orgId, status: { in: UNSETTLED } }, select: { status: true } });
    if (!job) return { result: false, audit: [] };
    await tx.redactionJob.updateMany({ where: { id: redactionJobId, orgId, status: job.status }, data: { status: "failed", errorMessage: reason } });
    return {
      result: true,
      audit: {
        action: "redaction.failed",
        entityType: "RedactionJob",
        entityId: redactionJobId,
        changes: { before: { status: job.status }, after: { status: "failed", error: reason } },
      },
    };
  });
}
