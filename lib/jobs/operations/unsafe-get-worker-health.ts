import { db } from "@/lib/db/client";

/** A worker beats every few seconds; one silent for longer than this is taken as down. */
export const WORKER_DOWN_AFTER_MS = 30_000;

export type WorkerView = { workerId: string; host: string; pid: number; startedAt: string; beatAt: string; beatAgeMs: number; up: boolean; runsDone: number };

export type WorkerHealth = {
  now: string;
  workers: WorkerView[];
  backlog: {
    /** Events committed but not yet fanned out into runs. */
    undispatchedEvents: number;
    /** Runs due now and waiting for a worker. */
    runnableQueued: number;
    running: number;
    failedLast24h: number;
    /** How long the oldest of the waiting work (event or runnable run) has waited; null when none waits. */
    oldestWaitingMs: number | null;
  };
};

/**
 * The embedded worker's state for the platform operator: who is alive and how much work waits.
 * Unsafe by design (counts across every org), for the platform jobs page only.
 */
export async function unsafeGetWorkerHealth(now = new Date()): Promise<WorkerHealth> {
  const dayAgo = new Date(now.getTime() - 86_400_000);
  // Everything "as of now": with a `now` in the past, work recorded later is not counted.
  const runnable = { status: "QUEUED" as const, runAt: { lte: now } };
  const undispatched = { dispatchedAt: null, createdAt: { lte: now } };
  const [heartbeats, undispatchedEvents, runnableQueued, running, failedLast24h, oldestEvent, oldestRun] = await Promise.all([
    db.workerHeartbeat.findMany({ orderBy: [{ beatAt: "desc" }, { workerId: "asc" }] }),
    db.outboxEvent.count({ where: undispatched }),
    db.jobRun.count({ where: runnable }),
    db.jobRun.count({ where: { status: "RUNNING", startedAt: { lte: now } } }),
    db.jobRun.count({ where: { status: "FAILED", finishedAt: { gte: dayAgo, lte: now } } }),
    db.outboxEvent.findFirst({ where: undispatched, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    db.jobRun.findFirst({ where: runnable, orderBy: { runAt: "asc" }, select: { runAt: true } }),
  ]);
  const waitingSince = [oldestEvent?.createdAt, oldestRun?.runAt].filter((d): d is Date => Boolean(d)).map((d) => d.getTime());
  return {
    now: now.toISOString(),
    workers: heartbeats.map((w) => {
      const beatAgeMs = Math.max(0, now.getTime() - w.beatAt.getTime());
      return {
        workerId: w.workerId,
        host: w.host,
        pid: w.pid,
        startedAt: w.startedAt.toISOString(),
        beatAt: w.beatAt.toISOString(),
        beatAgeMs,
        up: beatAgeMs <= WORKER_DOWN_AFTER_MS,
        runsDone: w.runsDone,
      };
    }),
    backlog: {
      undispatchedEvents,
      runnableQueued,
      running,
      failedLast24h,
      oldestWaitingMs: waitingSince.length ? Math.max(0, now.getTime() - Math.min(...waitingSince)) : null,
    },
  };
}
