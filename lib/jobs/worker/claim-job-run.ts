import type { DbClient } from "@/lib/db/create-db-client";
import type { JobRunRow } from "./job-run-row";

export type ClaimOptions = {
  workerId: string;
  now: Date;
  leaseMs: number;
  /** job id -> runs of it at once per org. Only these jobs are claimed. */
  concurrency: Record<string, number>;
  orgIds?: string[];
  /** Runs to take in this one statement (a worker's free slots). */
  limit?: number;
};

/**
 * Takes the next due QUEUED runs (a run whose worker died is queued again by requeueExpiredRuns).
 * SKIP LOCKED lets several workers claim side by side. The per-org limit counts both the
 * org's live runs and the ones taken earlier in this same batch (the rank), so one org's burst
 * cannot take every slot however many are claimed at once. Each claim is one attempt.
 */
export async function claimJobRuns(db: DbClient, options: ClaimOptions): Promise<JobRunRow[]> {
  const limit = Math.max(1, options.limit ?? 1);
  const limits = JSON.stringify(options.concurrency);
  const leaseEnd = new Date(options.now.getTime() + options.leaseMs);
  const orgIds = options.orgIds ?? null;
  return db.$queryRaw<JobRunRow[]>`
    WITH busy AS (
      SELECT org_id, job_id, count(*)::int AS n FROM job_runs
      WHERE status = 'RUNNING' AND locked_until >= ${options.now} AND org_id IS NOT NULL
      GROUP BY org_id, job_id
    ), candidates AS (
      SELECT r.id, r.org_id, r.job_id, r.run_at FROM job_runs r
      WHERE r.status = 'QUEUED' AND r.run_at <= ${options.now}
        AND ${limits}::jsonb ? r.job_id
        AND (${orgIds}::uuid[] IS NULL OR r.org_id = ANY(${orgIds}::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM busy b WHERE b.org_id = r.org_id AND b.job_id = r.job_id AND b.n >= (${limits}::jsonb ->> r.job_id)::int)
      ORDER BY r.run_at
      LIMIT ${limit * 4}
      FOR UPDATE OF r SKIP LOCKED
    ), next AS (
      SELECT id FROM (
        SELECT c.id, c.org_id, c.job_id, c.run_at, coalesce(b.n, 0) AS busy,
          row_number() OVER (PARTITION BY c.org_id, c.job_id ORDER BY c.run_at) AS rank
        FROM candidates c LEFT JOIN busy b ON b.org_id = c.org_id AND b.job_id = c.job_id
      ) ranked
      WHERE org_id IS NULL OR busy + rank <= (${limits}::jsonb ->> job_id)::int
      ORDER BY run_at
      LIMIT ${limit}
    )
    UPDATE job_runs r SET status = 'RUNNING', attempts = r.attempts + 1, locked_by = ${options.workerId},
      locked_until = ${leaseEnd}, started_at = ${options.now}, updated_at = ${options.now}
    FROM next WHERE r.id = next.id
    RETURNING r.id, r.job_id, r.event_id, r.event_name, r.org_id, r.payload, r.attempts, r.max_attempts, r.finished_at`;
}

export async function claimJobRun(db: DbClient, options: Omit<ClaimOptions, "limit">): Promise<JobRunRow | null> {
  const [claimed] = await claimJobRuns(db, { ...options, limit: 1 });
  return claimed ?? null;
}

/**
 * Queues again every run whose lease ran out: its worker died or lost the database. The next
 * claim counts a new attempt, and the dead worker, should it wake, settles nothing (locked_by).
 */
export async function requeueExpiredRuns(db: DbClient, now: Date, orgIds?: string[]): Promise<void> {
  await db.$executeRaw`UPDATE job_runs SET status = 'QUEUED', run_at = ${now}, locked_by = NULL, locked_until = NULL, updated_at = ${now}
    WHERE status = 'RUNNING' AND locked_until < ${now} AND (${orgIds ?? null}::uuid[] IS NULL OR org_id = ANY(${orgIds ?? null}::uuid[]))`;
}

/** Keeps a live run's lease ahead of the clock, so no other worker takes it over. */
export async function extendLeases(db: DbClient, workerId: string, runIds: string[], until: Date): Promise<void> {
  if (!runIds.length) return;
  await db.$executeRaw`UPDATE job_runs SET locked_until = ${until} WHERE id = ANY(${runIds}::uuid[]) AND locked_by = ${workerId} AND status = 'RUNNING'`;
}
