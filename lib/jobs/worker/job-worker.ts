import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db/create-db-client";
import { DEFAULT_CONCURRENCY_PER_ORG, type JobDefinition } from "../define-job";
import { claimJobRuns, extendLeases, requeueExpiredRuns } from "./claim-job-run";
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
  private passing = false;
  private passAgain = false;
  private housekeepingNext = false;
  private lastHousekeeping = 0;
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

  /**
   * One pass: fan out, queue cron, keep leases (the housekeeping), then fill free slots. Returns
   * how many runs it started. A pass woken by a settling run may skip the housekeeping, which
   * still runs at least once per poll interval.
   */
  async tick({ housekeeping = true } = {}): Promise<number> {
    const { db, jobs } = this.options;
    if (housekeeping) {
      this.lastHousekeeping = Date.now();
      await fanOutEvents(db, jobs, { orgIds: this.options.orgIds, now: this.now, debounceMs: this.options.debounceMs });
      if (this.options.cron) await enqueueDueCronRuns(db, jobs, this.now);
      await extendLeases(db, this.id, [...this.running.keys()], new Date(this.now.getTime() + this.leaseMs));
      await requeueExpiredRuns(db, this.now, this.options.orgIds);
    }
    let started = 0;
    const free = this.slots - this.running.size;
    if (!this.stopping && free > 0) {
      const runs = await claimJobRuns(db, {
        workerId: this.id,
        now: this.now,
        leaseMs: this.leaseMs,
        concurrency: this.concurrency,
        orgIds: this.options.orgIds,
        limit: free,
      });
      for (const run of runs) {
        const work = this.execute(run).finally(() => {
          this.running.delete(run.id);
          this.wake();
        });
        this.running.set(run.id, work);
      }
      started = runs.length;
    }
    if (this.options.heartbeat && Date.now() - this.lastBeat > 5_000) {
      this.lastBeat = Date.now();
      await beatHeartbeat(db, this.id, this.runsDone);
    }
    return started;
  }

  /**
   * Polls until stop(); a failed pass (the database restarting) is logged and retried. A run that
   * settles wakes the loop at once, so a free slot waits for the next poll only when nothing is due.
   */
  start(): void {
    void this.pass();
  }

  private async pass(): Promise<void> {
    this.timer = null;
    if (this.stopping) return;
    const housekeeping = this.housekeepingNext || Date.now() - this.lastHousekeeping >= this.pollMs;
    this.passing = true;
    this.passAgain = false;
    this.housekeepingNext = false;
    let started = 0;
    try {
      started = await this.tick({ housekeeping });
    } catch (error) {
      console.error("[worker] pass failed; retrying:", error instanceof Error ? error.message : error);
    }
    this.passing = false;
    if (this.stopping) return;
    // Slots still free after a pass that found work, or a quick pass that found none: the outbox
    // may hold more, so fan out now rather than after a poll interval.
    const slotsFree = this.running.size < this.slots;
    this.housekeepingNext = slotsFree && (started > 0 || !housekeeping);
    this.timer = setTimeout(() => void this.pass(), this.passAgain || this.housekeepingNext ? 0 : this.pollMs);
  }

  private wake(): void {
    if (this.stopping) return;
    if (this.passing) this.passAgain = true;
    else if (this.timer) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.pass(), 0);
    }
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

  private get slots() {
    return this.options.slots ?? 4;
  }

  private get pollMs() {
    return this.options.pollMs ?? 250;
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
