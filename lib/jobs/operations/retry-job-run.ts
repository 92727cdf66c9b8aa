import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/create-db-client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { jobKindLabel } from "./job-kinds";

export type RetriedJobRun = { id: string; status: "QUEUED" };

/**
 * The record the audit sentence names ("… for Turkana ESIA.pdf"): a document or a project id,
 * under the keys the audit log resolves to names in the reader's own org.
 */
async function auditRefs(tx: Tx, orgId: string, entityType: string | null, entityId: string | null): Promise<Record<string, string>> {
  if (!entityType || !entityId) return {};
  if (entityType === "Document") return { documentId: entityId };
  if (entityType === "Project") return { projectId: entityId };
  if (entityType === "RedactionJob") {
    const job = await tx.redactionJob.findFirst({ where: { id: entityId, orgId }, select: { documentId: true } });
    return job ? { documentId: job.documentId } : {};
  }
  if (entityType === "SignalScore") {
    const score = await tx.signalScore.findFirst({ where: { id: entityId, orgId }, select: { projectId: true } });
    return score ? { projectId: score.projectId } : {};
  }
  return {};
}

/**
 * Puts a FAILED run of the actor's org back in the queue as if new: no attempts used, due now,
 * unlocked, its error cleared. `finished_at` is kept on purpose: a QUEUED run that has finished
 * before is how the worker knows it was retried by hand, and puts the entity (a document in
 * ERROR, say) back in its working state before running it.
 */
export async function retryJobRun(actor: Actor, runId: string, now = new Date()): Promise<RetriedJobRun> {
  assertPermission(actor.role, "jobs.manage");
  return auditedWrite(actor, async (tx) => {
    const run = await tx.jobRun.findFirst({
      where: { id: runId, orgId: actor.org.id },
      select: { id: true, jobId: true, status: true, attempts: true, lastError: true, entityType: true, entityId: true },
    });
    if (!run) throw notFound("Job run");
    if (run.status !== "FAILED") {
      throw new AppError("INVALID_TRANSITION", `Only a failed job can be retried: this one is ${run.status.toLowerCase()}.`);
    }
    // The status in the filter makes a double click (or two admins at once) queue it once.
    const { count } = await tx.jobRun.updateMany({
      where: { id: run.id, orgId: actor.org.id, status: "FAILED" },
      data: { status: "QUEUED", attempts: 0, runAt: now, lockedBy: null, lockedUntil: null, lastError: null, progressDone: null, progressTotal: null },
    });
    if (count === 0) throw new AppError("INVALID_TRANSITION", "This job has already been retried.");
    return {
      result: { id: run.id, status: "QUEUED" as const },
      audit: {
        action: "job.retried",
        entityType: "JobRun",
        entityId: run.id,
        changes: {
          before: { status: "FAILED", attempts: run.attempts, lastError: run.lastError },
          after: { status: "QUEUED", attempts: 0, job: jobKindLabel(run.jobId), jobId: run.jobId, ...(await auditRefs(tx, actor.org.id, run.entityType, run.entityId)) },
        },
      },
    };
  });
}
