import { CronExpressionParser } from "cron-parser";
import type { DbClient } from "@/lib/db/create-db-client";
import { DEFAULT_ATTEMPTS, type JobDefinition } from "../define-job";

/** The latest slot of a schedule at or before `now` (UTC). */
export function latestCronSlot(cron: string, now: Date): Date {
  const expression = CronExpressionParser.parse(cron, { currentDate: new Date(now.getTime() + 1), tz: "UTC" });
  return expression.prev().toDate();
}

/**
 * Queues each cron job's latest due slot once. The slot is claimed by a conditional update of
 * `cron_schedules`, so two workers cannot both queue it; slots missed while no worker ran
 * collapse into the one latest, which runs when a worker comes back.
 */
export async function enqueueDueCronRuns(db: DbClient, jobs: readonly JobDefinition[], now: Date): Promise<number> {
  let queued = 0;
  for (const job of jobs) {
    if (job.kind !== "cron") continue;
    const slot = latestCronSlot(job.cron, now);
    const took = await db.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
        INSERT INTO cron_schedules (job_id, last_slot_at, updated_at) VALUES (${job.id}, ${slot}, ${now})
        ON CONFLICT (job_id) DO UPDATE SET last_slot_at = EXCLUDED.last_slot_at, updated_at = EXCLUDED.updated_at
        WHERE cron_schedules.last_slot_at < EXCLUDED.last_slot_at`;
      if (!claimed) return false;
      await tx.jobRun.create({
        data: { jobId: job.id, eventName: "cron", payload: { slot: slot.toISOString() }, maxAttempts: job.attempts ?? DEFAULT_ATTEMPTS, runAt: now },
      });
      return true;
    });
    if (took) queued += 1;
  }
  return queued;
}
