/**
 * 10,000 events from commit to handler completion through the embedded job worker (issue 11).
 * `milestone.changed` events are committed in transactions of 100 (emit() inside the caller's
 * transaction, as a real write does) while workers with the production slot count and poll
 * interval handle them. On PostgreSQL two workers, each with its own pool, claim side by side
 * (SKIP LOCKED). On PGlite one worker shares the bench's single connection: pglite-socket
 * interleaves statements from several connections (electric-sql/pglite#1046). The events are
 * spread over four orgs, so the per-org limit (2 runs of a job per org) leaves every slot work.
 * Each handler records its effect in a table keyed by event id, counting repeats, so the bench
 * proves no loss (10,000 distinct effects, 10,000 runs, all COMPLETED) and no duplicate (every
 * effect and every handler call exactly once). Goal: over 100 events/s on each backend. A run
 * that has not finished when even half that rate would have is stopped and reported as it stands.
 */
import { createDbClient, type DbClient } from "../lib/db/create-db-client";
import { emit } from "../lib/events/emit";
import { defineJob } from "../lib/jobs/define-job";
import { JobWorker } from "../lib/jobs/worker/job-worker";
import { readWorkerSettings } from "../lib/jobs/worker/read-worker-settings";
import { createOrg, createProject } from "../prisma/factories";
import type { BenchDatabase } from "./databases";
import { percentile } from "./measure";

export const JOB_EVENTS = 10_000;
export const BUDGET_EVENTS_PER_SECOND = 100;
const PER_TRANSACTION = 100;
const ORGS = 4;
const DEADLINE_MS = (2 * JOB_EVENTS * 1000) / BUDGET_EVENTS_PER_SECOND;

export type JobEventsResult = {
  backend: string;
  events: number;
  workers: number;
  slots: number;
  /** Events whose handler finished before the deadline. */
  handled: number;
  commitSeconds: number;
  seconds: number;
  eventsPerSecond: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  /** Empty when nothing was lost or doubled; otherwise what was. */
  problems: string[];
};

export async function runJobEventsBench(database: BenchDatabase): Promise<JobEventsResult> {
  const { db } = database;
  await db.$executeRawUnsafe("CREATE TABLE IF NOT EXISTS bench_job_effects (event_id uuid PRIMARY KEY, hits int NOT NULL DEFAULT 1)");
  await db.$executeRawUnsafe("TRUNCATE bench_job_effects");
  const targets: { orgId: string; projectId: string }[] = [];
  for (let i = 0; i < ORGS; i += 1) {
    const org = await createOrg(db, { name: `Bench Jobs Org ${i + 1}`, slug: `bench-jobs-${i + 1}` });
    targets.push({ orgId: org.id, projectId: (await createProject(db, { orgId: org.id, name: `Bench Jobs Project ${i + 1}` })).id });
  }

  const committedAt = new Map<string, number>();
  const completedAt = new Map<string, number>();
  const handlerCalls = new Map<string, number>();
  let allDone: () => void = () => {};
  const finished = new Promise<void>((resolve) => (allDone = resolve));
  const job = defineJob({
    id: "bench-record-effect",
    on: "milestone.changed",
    async handler({ event, step }) {
      handlerCalls.set(event.id, (handlerCalls.get(event.id) ?? 0) + 1);
      await step.run(
        "record-effect",
        () => db.$executeRaw`INSERT INTO bench_job_effects (event_id) VALUES (${event.id}::uuid) ON CONFLICT (event_id) DO UPDATE SET hits = bench_job_effects.hits + 1`,
      );
      completedAt.set(event.id, performance.now());
      if (completedAt.size === JOB_EVENTS) allDone();
    },
  });

  // Each PostgreSQL worker has its own pool, as separate worker processes would; JOBS_* apply.
  const settings = readWorkerSettings(process.env);
  const clients: DbClient[] = database.embedded ? [db] : [createDbClient(database.url), createDbClient(database.url)];
  const workers = clients.map(
    (client) =>
      new JobWorker({ jobs: [job], db: client, orgIds: targets.map((t) => t.orgId), slots: settings.slots, pollMs: settings.pollMs, retryBaseMs: settings.retryBaseMs }),
  );
  for (const worker of workers) worker.start();

  const started = performance.now();
  let commitSeconds = 0;
  let seconds = 0;
  try {
    for (let sent = 0; sent < JOB_EVENTS; sent += PER_TRANSACTION) {
      // On PGlite the producer queues for the one connection behind the worker: wait for it.
      const ids = await db.$transaction(
        async (tx) => {
          const written: string[] = [];
          for (let i = sent; i < sent + PER_TRANSACTION; i += 1) written.push(await emit(tx, "milestone.changed", targets[i % ORGS]));
          return written;
        },
        { maxWait: 60_000, timeout: 60_000 },
      );
      const now = performance.now();
      for (const id of ids) committedAt.set(id, now);
    }
    commitSeconds = (performance.now() - started) / 1000;
    const deadline = new Promise<"late">((resolve) => setTimeout(() => resolve("late"), Math.max(0, started + DEADLINE_MS - performance.now())).unref());
    const late = (await Promise.race([finished, deadline])) === "late";
    // A late run's rate is over all the time it had (committing alone may outlast the deadline).
    seconds = ((late ? performance.now() : Math.max(...completedAt.values())) - started) / 1000;
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    if (!database.embedded) await Promise.all(clients.map((client) => client.$disconnect()));
  }
  const handled = completedAt.size;

  const latencies = [...completedAt].map(([id, at]) => at - (committedAt.get(id) ?? Number.NaN)).sort((a, b) => a - b);
  return {
    backend: database.backend,
    events: JOB_EVENTS,
    workers: workers.length,
    slots: settings.slots,
    handled,
    commitSeconds,
    seconds,
    eventsPerSecond: handled / seconds,
    latencyP50Ms: percentile(latencies, 0.5),
    latencyP95Ms: percentile(latencies, 0.95),
    problems:
      handled < JOB_EVENTS
        ? [`unfinished: ${handled} of ${JOB_EVENTS} handled in ${seconds.toFixed(0)} s`, ...(await findDuplicates(db, handlerCalls))]
        : [...(await findLoss(db, job.id, committedAt)), ...(await findDuplicates(db, handlerCalls))],
  };
}

async function findLoss(db: DbClient, jobId: string, committedAt: Map<string, number>): Promise<string[]> {
  const problems: string[] = [];
  const [effects] = await db.$queryRaw<{ distinct_events: bigint; unknown: bigint }[]>`
    SELECT count(*) AS distinct_events, count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM outbox_events o WHERE o.id = e.event_id)) AS unknown
    FROM bench_job_effects e`;
  const runs = await db.jobRun.groupBy({ by: ["status"], where: { jobId }, _count: { _all: true } });
  const completed = runs.find((r) => r.status === "COMPLETED")?._count._all ?? 0;
  const totalRuns = runs.reduce((sum, r) => sum + r._count._all, 0);
  const pendingEvents = await db.outboxEvent.count({ where: { id: { in: [...committedAt.keys()] }, dispatchedAt: null } });

  if (committedAt.size !== JOB_EVENTS) problems.push(`${committedAt.size} events committed, not ${JOB_EVENTS}`);
  if (Number(effects.distinct_events) !== JOB_EVENTS) problems.push(`${effects.distinct_events} distinct effects, not ${JOB_EVENTS}`);
  if (Number(effects.unknown) > 0) problems.push(`${effects.unknown} effects for events nobody committed`);
  if (totalRuns !== JOB_EVENTS || completed !== JOB_EVENTS) problems.push(`${totalRuns} job runs (${completed} COMPLETED), not ${JOB_EVENTS}`);
  if (pendingEvents > 0) problems.push(`${pendingEvents} outbox events never dispatched`);
  return problems;
}

/** Checked even on an unfinished run: a doubled effect is wrong at any rate. */
async function findDuplicates(db: DbClient, handlerCalls: Map<string, number>): Promise<string[]> {
  const problems: string[] = [];
  const [effects] = await db.$queryRaw<{ repeated: bigint }[]>`SELECT count(*) FILTER (WHERE hits > 1) AS repeated FROM bench_job_effects`;
  if (Number(effects.repeated) > 0) problems.push(`${effects.repeated} effects recorded more than once`);
  const calledTwice = [...handlerCalls.values()].filter((calls) => calls > 1).length;
  if (calledTwice > 0) problems.push(`${calledTwice} handlers ran more than once (a run was taken twice)`);
  return problems;
}
