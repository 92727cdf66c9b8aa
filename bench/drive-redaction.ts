/**
 * The work the health benchmark measures under: a 2000-page PDF uploaded through the real upload
 * route, its text extracted by the worker, a redaction started and, once analysed, every detection
 * approved so the worker applies it. Starting and approving are the app's own lib calls, made
 * here with the signed-in user as the actor (lib/db/client.ts points at the bench database).
 */
import type { Actor } from "../lib/auth/actor";
import type { DbClient } from "../lib/db/create-db-client";

export type RedactionTimeline = { steps: string[]; failure: string | null };

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<{ value: T; seconds: number; timedOut: boolean }> {
  const started = performance.now();
  for (;;) {
    const value = await read();
    const seconds = (performance.now() - started) / 1000;
    if (done(value) || seconds * 1000 > timeoutMs) return { value, seconds, timedOut: !done(value) };
    await settle(200);
  }
}

export async function driveRedaction(options: {
  db: DbClient;
  actor: Actor;
  upload: () => Promise<string>;
  /** How long to keep measuring while the approved redaction is applied (it may take far longer). */
  applyWindowMs: number;
}): Promise<RedactionTimeline> {
  const { db, actor } = options;
  const steps: string[] = [];
  const documentId = await options.upload();

  const processed = await waitFor(
    () => db.document.findUniqueOrThrow({ where: { id: documentId }, select: { status: true, metadata: true } }),
    (d) => d.status !== "PROCESSING",
    10 * 60_000,
  );
  steps.push(`upload to ${processed.value.status} (${(processed.value.metadata as { pages?: number } | null)?.pages ?? "?"} pages): ${processed.seconds.toFixed(1)} s`);
  if (processed.value.status !== "READY") return { steps, failure: `the document ended ${processed.value.status}, not READY` };

  const { startRedaction } = await import("../lib/dataroom/redaction/start-redaction");
  const { reviewRedaction } = await import("../lib/dataroom/redaction/review-redaction");
  const job = await startRedaction(actor, documentId);
  const analysed = await waitFor(
    () => db.redactionJob.findUniqueOrThrow({ where: { id: job.id } }),
    (j) => !["pending", "analyzing"].includes(j.status),
    10 * 60_000,
  );
  steps.push(`redaction requested to ${analysed.value.status} (${analysed.value.entityCount ?? 0} detections): ${analysed.seconds.toFixed(1)} s`);
  if (analysed.value.status !== "review") return { steps, failure: `the redaction ended ${analysed.value.status}, not in review` };

  const approvedIds = ((analysed.value.detectedEntities ?? []) as { id: string }[]).map((d) => d.id);
  await reviewRedaction(actor, { jobId: job.id, approvedIds });
  const applied = await waitFor(
    () => db.redactionJob.findUniqueOrThrow({ where: { id: job.id } }),
    (j) => j.status !== "applying",
    options.applyWindowMs,
  );
  steps.push(
    applied.timedOut
      ? `all ${approvedIds.length} approved; still applying when the ${options.applyWindowMs / 1000} s window closed (stopped there)`
      : `all ${approvedIds.length} approved, applying to ${applied.value.status}: ${applied.seconds.toFixed(1)} s${applied.value.errorMessage ? ` (${applied.value.errorMessage})` : ""}`,
  );
  return { steps, failure: null };
}
