/** How much CPU a job may burn before it must rest: short enough that the web server barely notices. */
const SLICE_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds a heavy job to a share of one core, cooperatively: at each safe point (a page done, the
 * moment it reports progress) it rests for as long as keeps its CPU time within `share` of the
 * time passed. Pausing the process from outside (SIGSTOP, a cgroup quota) would do the same
 * anywhere, including inside a database transaction, which then outlives its timeout: measured,
 * a redaction's final write failed that way. Time spent waiting on I/O counts as rest.
 */
export class CpuPacer {
  private markWallMs = performance.now();
  private markCpu = process.cpuUsage();

  constructor(private readonly share: number) {}

  get enabled(): boolean {
    return this.share > 0 && this.share < 1;
  }

  async pace(): Promise<void> {
    if (!this.enabled) return;
    const used = process.cpuUsage(this.markCpu);
    const usedMs = (used.user + used.system) / 1000;
    if (usedMs < SLICE_MS) return;
    const restMs = usedMs / this.share - (performance.now() - this.markWallMs);
    if (restMs > 0) await sleep(restMs);
    this.markWallMs = performance.now();
    this.markCpu = process.cpuUsage();
  }
}
