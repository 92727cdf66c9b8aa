import { readFileSync } from "node:fs";

/** Linux reports a process's CPU time in clock ticks; USER_HZ is 100 on every mainstream kernel. */
const TICK_MS = 10;

export type CpuQuotaOptions = {
  /** The share of one core the process may use while busy, 0 < share <= 1 (1 turns the quota off). */
  share: number;
  /** The accounting period, as cgroups' cpu.max uses one (100 ms there too). */
  periodMs?: number;
};

/**
 * A CPU quota for one child process, the same rule as cgroups' `cpu.max` without needing cgroup
 * rights: in each period the child runs for its share, and if it spent that slice computing
 * (rather than waiting on the database or storage) it is paused with SIGSTOP until the period
 * ends. A 2000-page redaction then leaves the web server and PostgreSQL most of the machine
 * instead of one whole core of two; an I/O-bound child is never paused.
 */
export class CpuQuota {
  private timer: NodeJS.Timeout | null = null;
  private paused = false;
  private readonly periodMs: number;

  constructor(
    private readonly pid: number,
    private readonly options: CpuQuotaOptions,
  ) {
    this.periodMs = options.periodMs ?? 100;
  }

  get enabled(): boolean {
    return this.options.share > 0 && this.options.share < 1;
  }

  start(): void {
    if (!this.enabled || this.timer) return;
    this.runSlice();
  }

  /** Resumes the child and stops accounting: call before killing it or when its attempt ends. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.resume();
  }

  private runSlice(): void {
    this.resume();
    const sliceMs = this.periodMs * this.options.share;
    const before = cpuMs(this.pid);
    this.timer = setTimeout(() => {
      const after = cpuMs(this.pid);
      if (before === null || after === null) return this.stop();
      // Busy for most of its slice: it computes, so it waits out the rest of the period.
      const computing = after - before >= Math.max(sliceMs * 0.6, TICK_MS);
      if (!computing) return this.runSlice();
      this.pause();
      this.timer = setTimeout(() => this.runSlice(), this.periodMs - sliceMs);
    }, sliceMs);
  }

  private pause(): void {
    if (this.signal("SIGSTOP")) this.paused = true;
  }

  private resume(): void {
    if (this.paused) this.signal("SIGCONT");
    this.paused = false;
  }

  private signal(name: NodeJS.Signals): boolean {
    try {
      process.kill(this.pid, name);
      return true;
    } catch {
      return false;
    }
  }
}

/** User plus system CPU time of a process in ms, or null once it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name (which may itself contain spaces): utime is 14th, stime 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}
