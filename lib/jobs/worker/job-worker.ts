import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db/create-db-client";
import { DEFAULT_CONCURRENCY_PER_ORG, type JobDefinition } from "../define-job";
import { claimJobRun, extendLeases } from "./claim-job-run";
import { enqueueDueCronRuns } from "./enqueue-due-cron-runs";
import { fanOutEvents } from "./fan-out-events";
import type { HeavyLane } from "./heavy-lane";
import type { JobRunRow } from "./job-run-row";
import { runJobAttempt } from "./run-job-attempt";
import { settleJobRun } from "./settle-job-run";
import { beatHeartbeat } from "./worker-heartbeat";

export type JobWorkerOptions = {
  jobs: readonly JobDefinition[];
  db: DbClient;
  /** Runs at once in this process (light jobs; the heavy lane runs one at a time beside them). */
  slots?: number;
  pollMs?: number;
  leaseMs?: number;
  retryBaseMs?: number;
  /** Replaces every debounce period (tests). */
  debounceMs?: number;
  /** Only these orgs' events and runs (tests share one database). */
  orgIds?: string[];
  cron?: boolean;
  heartbeat?: boolean;
  heavyLane?: HeavyLane | null;
  now?: () => Date;
};

/**
 * The embedded worker: fans committed outbox events out into job runs, queues due cron slots,
 * claims runs (SKIP LOCKED) and runs them with retries, leases and per-org limits. Everything it
 * knows is in PostgreSQL, so a restart loses nothing: an interrupted run is taken over when its
 * lease runs out, and resumes after its last finished step.
 */
export class JobWorker {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly running = new Map<string, Promise<void>>();
  private readonly byId: Map<string, JobDefinition>;
  private readonly concurrency: Record<string, number>;
  private timer: NodeJS.Timeout | null = null;
  private stopping = false;
  private runsDone = 0;
  private lastBeat = 0;

  constructor(private readonly options: JobWorkerOptions) {
    this.byId = new Map(options.jobs.map((job) => [job.id, job]));
    this.concurrency = Object.fromEntries(options.jobs.map((job) => [job.id, job.kind === "event" ? (job.concurrencyPerOrg ?? DEFAULT_CONCURRENCY_PER_ORG) : 1]));
  }

  get now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** One pass: fan out, queue cron, fill free slots. Returns how many runs it started. */
  async tick(): Promise<number> {
    const { db, jobs } = this.options;
    await fanOutEvents(db, jobs, { orgIds: this.options.orgIds, now: this.now, debounceMs: this.options.debounceMs });
    if (this.options.cron) await enqueueDueCronRuns(db, jobs, this.now);
    await extendLeases(db, this.id, [...this.running.keys()], new Date(this.now.getTime() + this.leaseMs));
    let started = 0;
    while (!this.stopping && this.running.size < (this.options.slots ?? 4)) {
      const run = await claimJobRun(db, { workerId: this.id, now: this.now, leaseMs: this.leaseMs, concurrency: this.concurrency, orgIds: this.options.orgIds });
      if (!run) break;
      started += 1;
      const work = this.execute(run).finally(() => this.running.delete(run.id));
      this.running.set(run.id, work);
    }
    if (this.options.heartbeat && Date.now() - this.lastBeat > 5_000) {
      this.lastBeat = Date.now();
      await beatHeartbeat(db, this.id, this.runsDone);
    }
    return started;
  }

  /** Polls until stop(); a failed pass (the database restarting) is logged and retried. */
  start(): void {
    const loop = async () => {
      if (this.stopping) return;
      let started = 0;
      try {
        started = await this.tick();
      } catch (error) {
        console.error("[worker] pass failed; retrying:", error instanceof Error ? error.message : error);
      }
      this.timer = setTimeout(loop, started ? 0 : (this.options.pollMs ?? 250));
    };
    void loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.running.values()]);
    await this.options.heavyLane?.close();
  }

  /** Runs passes until nothing is queued, due or running for this worker's scope (tests, scripts). */
  async drain(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const started = await this.tick();
      if (this.running.size) await Promise.race(this.running.values());
      else if (!started && !(await this.hasPendingWork())) return;
      if (Date.now() > deadline) throw new Error("The job queue did not drain in time.");
    }
  }

  private get leaseMs() {
    return this.options.leaseMs ?? 60_000;
  }

  private async hasPendingWork(): Promise<boolean> {
    const orgIds = this.options.orgIds ?? null;
    const [row] = await this.options.db.$queryRaw<{ pending: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM outbox_events WHERE dispatched_at IS NULL AND (${orgIds}::uuid[] IS NULL OR org_id = ANY(${orgIds}::uuid[])))
        OR EXISTS (SELECT 1 FROM job_runs WHERE status = 'QUEUED' AND run_at <= ${this.now} AND job_id = ANY(${[...this.byId.keys()]}) AND (${orgIds}::uuid[] IS NULL OR org_id = ANY(${orgIds}::uuid[]))) AS pending`;
    return Boolean(row?.pending);
  }

  private async execute(run: JobRunRow): Promise<void> {
    const job = this.byId.get(run.job_id);
    const outcome =
      run.attempts > run.max_attempts
        ? { ok: false as const, retriable: false, message: "the worker stopped during this job too many times" }
        : !job
          ? { ok: false as const, retriable: false, message: `no job named ${run.job_id} is registered` }
          : job.limits && this.options.heavyLane
            ? await this.options.heavyLane.run(run, job.limits)
            : await runJobAttempt(this.options.db, job, run);
    await settleJobRun(this.options.db, job, run, outcome, { workerId: this.id, now: this.now, retryBaseMs: this.options.retryBaseMs ?? 2_000 });
    this.runsDone += 1;
  }
}
