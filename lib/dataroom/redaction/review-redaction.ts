import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import type { PiiDetection } from "./detect-pii";
import { getRedactionJobOrThrow } from "./get-redaction-job-or-throw";

/** review -> applying: the user's decision on each detection; the approved ones will be removed. */
export async function reviewRedaction(actor: Actor, input: { jobId: string; approvedIds: string[] }) {
  const result = await auditedWrite(actor, async (tx) => {
    const job = await getRedactionJobOrThrow(actor, input.jobId, tx);
    if (job.status !== "review") throw new AppError("INVALID_TRANSITION", `This redaction is ${job.status}, not awaiting review.`);
    const detections = (job.detectedEntities ?? []) as PiiDetection[];
    const approved = detections.filter((d) => input.approvedIds.includes(d.id));
    if (approved.length !== new Set(input.approvedIds).size) throw new AppError("VALIDATION", "Some approved items are not detections of this job.");
    if (!approved.length) throw new AppError("VALIDATION", "Approve at least one item to redact, or leave the document as it is.");
    const { count } = await tx.redactionJob.updateMany({
      where: { id: job.id, orgId: actor.org.id, status: "review" },
      data: { status: "applying", approvedRedactions: approved, approvedCount: approved.length },
    });
    if (count === 0) throw notFound("Redaction job");
    await emit(tx, "redaction.approved", { orgId: actor.org.id, redactionJobId: job.id });
    return {
      result: { id: job.id, approvedCount: approved.length },
      audit: {
        action: "redaction.approved",
        entityType: "RedactionJob",
        entityId: job.id,
        changes: { after: { approved: approved.map((d) => ({ type: d.type, page: d.page })), rejected: detections.length - approved.length } },
      },
    };
  });
  return result;
}
