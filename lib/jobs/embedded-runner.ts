import type { JobDebounce, JobDefinition, JobStep } from "./define-job";
import { debounceKeyOf, periodToMs } from "./job-debounce";

export type JobRun = { jobId: string; event: string; status: "completed" | "failed"; output?: unknown; error?: string };

export type EmbeddedRunnerOptions = {
  /** Replaces every debounced job's period (tests and scripts cannot wait minutes). */
  debounceMs?: number;
};

type PendingDebounce = { data: unknown; timer: ReturnType<typeof setTimeout>; settle: (run: JobRun) => void; run: Promise<JobRun> };

/**
 * Runs job handlers in-process when no Inngest server is configured. Same handlers, same `step`
 * contract: each step runs once per run and its result is memoised, so a handler that reads a
 * step's result twice sees the same value, as on Inngest. Runs are fire-and-forget for callers;
 * `idle()` lets tests and scripts wait for them. Jobs declaring `debounce` behave as on Inngest:
 * per key, each event restarts the wait, and one run follows with the last event's data.
 */
export class EmbeddedJobRunner {
  private readonly pending = new Set<Promise<JobRun>>();
  private readonly debounced = new Map<string, PendingDebounce>();
  readonly history: JobRun[] = [];

  constructor(
    private readonly jobs: readonly JobDefinition[],
    private readonly options: EmbeddedRunnerOptions = {},
  ) {}

  dispatch(name: string, data: unknown): Promise<JobRun>[] {
    return this.jobs
      .filter((job) => job.event === name)
      .map((job) => (job.debounce ? this.debounce(job, job.debounce, name, data) : this.track(this.run(job, name, data))));
  }

  async run(job: JobDefinition, name: string, data: unknown): Promise<JobRun> {
    const memo = new Map<string, unknown>();
    const step: JobStep = {
      async run(id, work) {
        if (!memo.has(id)) memo.set(id, await work());
        return memo.get(id) as Awaited<ReturnType<typeof work>>;
      },
    };
    try {
      const parsed = job.schema.parse(data ?? {});
      const output = await job.handler({ event: { name, data: parsed }, step });
      return this.record({ jobId: job.id, event: name, status: "completed", output });
    } catch (error) {
      console.error(`[jobs] ${job.id} failed on ${name}:`, error);
      return this.record({ jobId: job.id, event: name, status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Resolves when every dispatched run (including debounced runs still waiting, and runs they dispatched) has finished. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  /** Every event of one key within the wait shares one promise: that of the single run to come. */
  private debounce(job: JobDefinition, debounce: JobDebounce, name: string, data: unknown): Promise<JobRun> {
    const key = `${job.id}:${debounceKeyOf(debounce, data)}`;
    const waitMs = this.options.debounceMs ?? periodToMs(debounce.period);
    const fire = () => {
      const entry = this.debounced.get(key);
      if (!entry) return;
      this.debounced.delete(key);
      void this.run(job, name, entry.data).then(entry.settle);
    };
    const existing = this.debounced.get(key);
    if (existing) {
      clearTimeout(existing.timer);
      existing.data = data;
      existing.timer = setTimeout(fire, waitMs);
      return existing.run;
    }
    let settle!: (run: JobRun) => void;
    const run = this.track(new Promise<JobRun>((resolve) => (settle = resolve)));
    this.debounced.set(key, { data, settle, run, timer: setTimeout(fire, waitMs) });
    return run;
  }

  private track(run: Promise<JobRun>): Promise<JobRun> {
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
    return run;
  }

  private record(run: JobRun): JobRun {
    this.history.push(run);
    if (this.history.length > 200) this.history.shift();
    return run;
  }
}
