import type { DbClient } from "@/lib/db/create-db-client";
import { parseEventPayload, isEventName } from "@/lib/events/catalogue";
import type { JobContext, JobDefinition } from "../define-job";
import { describeJobFailure, type JobFailure } from "../job-failure";
import type { JobRunRow } from "./job-run-row";

export type AttemptOutcome = { ok: true; output: unknown } | ({ ok: false } & JobFailure);

/** `pace` runs at every progress report, a safe point between pages (the heavy lane's CpuPacer). */
export type AttemptOptions = { pace?: () => Promise<void> };

const PROGRESS_WRITE_INTERVAL_MS = 1_000;

/**
 * One attempt of one run, in whatever process runs it (the worker or its heavy-lane child).
 * Steps already stored for the run are not run again: a retried or resumed run picks up after the
 * last finished step, as on Inngest.
 */
export async function runJobAttempt(db: DbClient, job: JobDefinition, run: JobRunRow, options: AttemptOptions = {}): Promise<AttemptOutcome> {
  try {
    const data = job.kind === "event" && isEventName(run.event_name) ? parseEventPayload(run.event_name, run.payload) : {};
    if (job.kind === "event" && run.finished_at && run.attempts === 1) await job.onRetry?.(data as never);
    const output = await job.handler(contextFor(db, run, data, options) as JobContext<never>);
    return { ok: true, output: output ?? null };
  } catch (error) {
    const failure = describeJobFailure(error);
    if (failure.retriable) console.error(`[jobs] ${job.id} attempt ${run.attempts} failed:`, error);
    return { ok: false, ...failure };
  }
}

function contextFor(db: DbClient, run: JobRunRow, data: unknown, options: AttemptOptions): JobContext<unknown> {
  let lastProgressWrite = 0;
  // A run on its first attempt that never finished has stored no step yet: no need to look.
  const mayHaveSteps = run.attempts > 1 || run.finished_at !== null;
  return {
    event: { id: run.event_id ?? run.id, name: run.event_name, data },
    attempt: run.attempts,
    step: {
      async run(id, work) {
        const [stored] = mayHaveSteps ? await db.$queryRaw<{ output: unknown }[]>`SELECT output FROM job_steps WHERE run_id = ${run.id}::uuid AND step_id = ${id}` : [];
        if (stored) return stored.output as Awaited<ReturnType<typeof work>>;
        const output = await work();
        await db.$executeRaw`INSERT INTO job_steps (run_id, step_id, output) VALUES (${run.id}::uuid, ${id}, ${JSON.stringify(output ?? null)}::jsonb) ON CONFLICT DO NOTHING`;
        return JSON.parse(JSON.stringify(output ?? null));
      },
    },
    async progress(done, total) {
      await options.pace?.();
      const now = Date.now();
      if (done < total && now - lastProgressWrite < PROGRESS_WRITE_INTERVAL_MS) return;
      lastProgressWrite = now;
      await db.$executeRaw`UPDATE job_runs SET progress_done = ${done}, progress_total = ${total} WHERE id = ${run.id}::uuid`;
    },
  };
}
