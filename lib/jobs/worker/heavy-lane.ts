import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import type { JobLimits } from "../define-job";
import type { JobRunRow } from "./job-run-row";
import type { AttemptOutcome } from "./run-job-attempt";

export type HeavyLaneOptions = {
  /** The child's entry (scripts/job-child.ts): it loads the job registry and runs attempts. */
  entry: string;
  /** Node flags for the child (the TypeScript loader). */
  execArgv: string[];
  /** The heap cap of the child: at least the largest job's memory limit. */
  heapMb: number;
};

type Pending = {
  child: ChildProcess;
  runId: string;
  resolve: (outcome: AttemptOutcome) => void;
  timer: NodeJS.Timeout;
  watch: NodeJS.Timeout;
  limits: JobLimits;
};

const RSS_CHECK_MS = 250;

/**
 * Runs heavy attempts in a child process, one at a time, with a memory cap (V8 heap flag plus a
 * resident-size watch that also sees Buffers) and a time limit. A child over either is killed:
 * the attempt fails with a sentence a user can read, the worker and the web server live on, and
 * the next attempt gets a fresh child.
 */
export class HeavyLane {
  private child: ChildProcess | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: HeavyLaneOptions) {}

  run(run: JobRunRow, limits: JobLimits): Promise<AttemptOutcome> {
    const next = this.queue.then(() => this.runNow(run, limits));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.child?.kill("SIGKILL");
    this.child = null;
  }

  private runNow(run: JobRunRow, limits: JobLimits): Promise<AttemptOutcome> {
    const child = this.ensureChild();
    return new Promise<AttemptOutcome>((resolve) => {
      const timer = setTimeout(() => this.kill(`it took longer than ${describeDuration(limits.timeoutMs)}, the limit for this kind of work`), limits.timeoutMs);
      const watch = setInterval(() => {
        const rssMb = residentMb(child.pid);
        if (rssMb !== null && rssMb > limits.memoryMb) this.kill(`it needed more than ${limits.memoryMb} MB of memory, the limit for this kind of work`);
      }, RSS_CHECK_MS);
      this.pending = { child, runId: run.id, resolve, timer, watch, limits };
      child.send({ type: "run", run });
    });
  }

  private ensureChild(): ChildProcess {
    if (this.child?.connected) return this.child;
    const child = fork(this.options.entry, [], {
      execArgv: [...this.options.execArgv, `--max-old-space-size=${this.options.heapMb}`],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: process.env,
    });
    child.on("message", (message: { type: string; runId: string; outcome: AttemptOutcome }) => {
      if (message.type === "done" && this.pending?.child === child && this.pending.runId === message.runId) this.finish(message.outcome);
    });
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = null;
      if (this.pending?.child !== child) return;
      const { limits } = this.pending;
      const outOfMemory = code === 134 || signal === "SIGABRT" || code === 137;
      this.finish({
        ok: false,
        retriable: false,
        message: outOfMemory
          ? `it needed more than ${limits.memoryMb} MB of memory, the limit for this kind of work`
          : `the worker process stopped unexpectedly (${signal ?? `exit code ${code}`})`,
      });
    });
    this.child = child;
    return child;
  }

  private kill(message: string) {
    const child = this.child;
    this.child = null;
    this.finish({ ok: false, retriable: false, message });
    child?.kill("SIGKILL");
  }

  private finish(outcome: AttemptOutcome) {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    clearInterval(pending.watch);
    pending.resolve(outcome);
  }
}

function residentMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function describeDuration(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} minute${ms >= 120_000 ? "s" : ""}` : `${Math.round(ms / 1000)} seconds`;
}
