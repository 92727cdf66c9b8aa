import type { DbClient } from "@/lib/db/create-db-client";
import { isEventName, parseEventPayload } from "@/lib/events/catalogue";
import type { JobDefinition } from "../define-job";
import type { AttemptOutcome } from "./run-job-attempt";
import type { JobRunRow } from "./job-run-row";

export type SettleOptions = { workerId: string; now: Date; retryBaseMs: number };

const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Records an attempt's end. Success: COMPLETED. A retriable failure with attempts left: QUEUED
 * again after an exponential backoff. Otherwise FAILED with its message, and the job's onFailure
 * puts its entity in the ERROR state the user sees, with the reason in the user's words. Only the run's current holder may settle it:
 * a worker whose lease was taken over writes nothing.
 */
export async function settleJobRun(
  db: DbClient,
  job: JobDefinition | undefined,
  run: JobRunRow,
  outcome: AttemptOutcome,
  options: SettleOptions,
): Promise<"completed" | "retrying" | "failed" | "lost"> {
  const { workerId, now } = options;
  if (outcome.ok) {
    const count = await db.$executeRaw`UPDATE job_runs SET status = 'COMPLETED', finished_at = ${now}, output = ${JSON.stringify(outcome.output)}::jsonb,
      last_error = NULL, locked_by = NULL, locked_until = NULL, updated_at = ${now} WHERE id = ${run.id}::uuid AND locked_by = ${workerId}`;
    return count ? "completed" : "lost";
  }
  if (outcome.retriable && run.attempts < run.max_attempts) {
    const delay = Math.min(options.retryBaseMs * 2 ** (run.attempts - 1), MAX_BACKOFF_MS);
    const count = await db.$executeRaw`UPDATE job_runs SET status = 'QUEUED', run_at = ${new Date(now.getTime() + delay)}, last_error = ${outcome.message},
      locked_by = NULL, locked_until = NULL, updated_at = ${now} WHERE id = ${run.id}::uuid AND locked_by = ${workerId}`;
    return count ? "retrying" : "lost";
  }
  const count = await db.$executeRaw`UPDATE job_runs SET status = 'FAILED', finished_at = ${now}, last_error = ${outcome.message},
    locked_by = NULL, locked_until = NULL, updated_at = ${now} WHERE id = ${run.id}::uuid AND locked_by = ${workerId}`;
  if (!count) return "lost";
  await notifyFailure(job, run, outcome.retriable ? ourFailure(run.attempts) : outcome.message);
  return "failed";
}

/**
 * What the user is told when attempts ran out on an error of ours: the raw message (a driver's,
 * a library's) stays in the run's last_error for admins and in the log, not in the product.
 */
function ourFailure(attempts: number): string {
  return `an error on our side stopped it ${attempts === 1 ? "once" : `${attempts} times in a row`}; it was logged and you can try again`;
}

async function notifyFailure(job: JobDefinition | undefined, run: JobRunRow, message: string) {
  if (job?.kind !== "event" || !job.onFailure || !isEventName(run.event_name)) return;
  try {
    await job.onFailure({ data: parseEventPayload(run.event_name, run.payload) as never, error: message });
  } catch (error) {
    console.error(`[jobs] ${job.id} onFailure for run ${run.id} failed:`, error);
  }
}
