import type { JobDefinition, JobStep } from "./define-job";

export type JobRun = { jobId: string; event: string; status: "completed" | "failed"; output?: unknown; error?: string };

/**
 * Runs job handlers in-process when no Inngest server is configured. Same handlers, same `step`
 * contract: each step runs once per run and its result is memoised, so a handler that reads a
 * step's result twice sees the same value, as on Inngest. Runs are fire-and-forget for callers;
 * `idle()` lets tests and scripts wait for them.
 */
export class EmbeddedJobRunner {
  private readonly pending = new Set<Promise<JobRun>>();
  readonly history: JobRun[] = [];

  constructor(private readonly jobs: readonly JobDefinition[]) {}

  dispatch(name: string, data: unknown): Promise<JobRun>[] {
    return this.jobs.filter((job) => job.event === name).map((job) => this.track(this.run(job, name, data)));
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

  /** Resolves when every dispatched run (including runs they dispatched) has finished. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
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
