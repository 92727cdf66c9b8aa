import { db } from "@/lib/db/client";
import { failDocumentProcessing } from "@/lib/dataroom/fail-document-processing";
import { failRedactionJob } from "@/lib/dataroom/redaction/fail-redaction-job";
import { failSignalScore } from "@/lib/signal-score/fail-signal-score";
import { hasActiveRun } from "./has-active-run";

/** Longer than any job's time limit times its attempts and backoff: past it, nothing is coming. */
export const STUCK_AFTER_MS = 60 * 60_000;
const STOPPED = "its job stopped before finishing. Try again; if it fails again, contact support.";

/**
 * Nothing stays PROCESSING forever: work left unfinished past STUCK_AFTER_MS with no queued or
 * running job for it (a lost event, a job that died without its failure being recorded) is failed
 * with a readable message, through the same functions the jobs' onFailure use (audited).
 */
export async function sweepStuckWork(now = new Date()): Promise<{ documents: number; redactions: number; scores: number }> {
  const before = new Date(now.getTime() - STUCK_AFTER_MS);
  const counts = { documents: 0, redactions: 0, scores: 0 };
  const documents = await db.document.findMany({ where: { status: "PROCESSING", updatedAt: { lt: before } }, select: { id: true, orgId: true }, take: 500 });
  for (const document of documents) {
    if (!(await hasActiveRun(db, "Document", document.id)) && (await failDocumentProcessing(document.orgId, document.id, STOPPED))) counts.documents += 1;
  }
  const redactions = await db.redactionJob.findMany({
    where: { status: { in: ["pending", "analyzing", "applying"] }, updatedAt: { lt: before } },
    select: { id: true, orgId: true },
    take: 500,
  });
  for (const job of redactions) {
    if (!(await hasActiveRun(db, "RedactionJob", job.id)) && (await failRedactionJob(job.orgId, job.id, `The redaction stopped: ${STOPPED}`))) counts.redactions += 1;
  }
  const scores = await db.signalScore.findMany({
    where: { status: { in: ["PENDING", "PROCESSING"] }, updatedAt: { lt: before } },
    select: { id: true, orgId: true },
    take: 500,
  });
  for (const score of scores) {
    if (!(await hasActiveRun(db, "SignalScore", score.id)) && (await failSignalScore(score.orgId, score.id, `the run stopped: ${STOPPED}`))) counts.scores += 1;
  }
  return counts;
}
