import type { DbClient } from "@/lib/db/create-db-client";
import type { JobRunRow } from "./job-run-row";

export type ClaimOptions = {
  workerId: string;
  now: Date;
  leaseMs: number;
  /** job id -> runs of it at once per org. Only these jobs are claimed. */
  concurrency: Record<string, number>;
  orgIds?: string[];
};

/**
 * Takes the next runnable run: QUEUED and due, or RUNNING under a lease that ran out (its worker
 * died). SKIP LOCKED lets several workers claim side by side; the per-org count keeps one org's
 * burst from taking every slot. Each claim is one attempt.
 */
export async function claimJobRun(db: DbClient, options: ClaimOptions): Promise<JobRunRow | null> {
  const limits = JSON.stringify(options.concurrency);
  const leaseEnd = new Date(options.now.getTime() + options.leaseMs);
  const [claimed] = await db.$queryRaw<JobRunRow[]>`
    WITH next AS (
      SELECT r.id FROM job_runs r
      WHERE ((r.status = 'QUEUED' AND r.run_at <= ${options.now}) OR (r.status = 'RUNNING' AND r.locked_until < ${options.now}))
        AND ${limits}::jsonb ? r.job_id
        AND (${options.orgIds ?? null}::uuid[] IS NULL OR r.org_id = ANY(${options.orgIds ?? null}::uuid[]))
        AND (r.org_id IS NULL OR (
          SELECT count(*) FROM job_runs x
          WHERE x.org_id = r.org_id AND x.job_id = r.job_id AND x.status = 'RUNNING' AND x.locked_until >= ${options.now}
        ) < (${limits}::jsonb ->> r.job_id)::int)
      ORDER BY r.run_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE job_runs r SET status = 'RUNNING', attempts = r.attempts + 1, locked_by = ${options.workerId},
      locked_until = ${leaseEnd}, started_at = ${options.now}, updated_at = ${options.now}
    FROM next WHERE r.id = next.id
    RETURNING r.id, r.job_id, r.event_id, r.event_name, r.org_id, r.payload, r.attempts, r.max_attempts, r.finished_at`;
  return claimed ?? null;
}

/** Keeps a live run's lease ahead of the clock, so no other worker takes it over. */
export async function extendLeases(db: DbClient, workerId: string, runIds: string[], until: Date): Promise<void> {
  if (!runIds.length) return;
  await db.$executeRaw`UPDATE job_runs SET locked_until = ${until} WHERE id = ANY(${runIds}::uuid[]) AND locked_by = ${workerId} AND status = 'RUNNING'`;
}
