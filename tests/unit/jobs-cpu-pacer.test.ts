import { describe, expect, it } from "vitest";
import { CpuPacer } from "@/lib/jobs/worker/cpu-pacer";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spinCpu(ms: number) {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

describe("CpuPacer", () => {
  it("rests a computing job so it keeps to its share of a core", async () => {
    const pacer = new CpuPacer(0.25);
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    for (let page = 0; page < 40; page += 1) {
      spinCpu(10);
      await pacer.pace();
    }
    const cpu = process.cpuUsage(cpuStart);
    const share = (cpu.user + cpu.system) / 1000 / (performance.now() - wallStart);
    expect(share).toBeLessThan(0.35);
    // 400 ms of work at a quarter of a core takes about 1.6 s, not 4 or more.
    expect(performance.now() - wallStart).toBeLessThan(3_000);
  });

  it("does not rest a job that mostly waits on I/O, nor any job at a share of 1", async () => {
    const waiting = new CpuPacer(0.25);
    let rested = 0;
    for (let page = 0; page < 10; page += 1) {
      spinCpu(3);
      await sleep(20);
      const before = performance.now();
      await waiting.pace();
      rested += performance.now() - before;
    }
    expect(rested).toBeLessThan(20);

    const unpaced = new CpuPacer(1);
    expect(unpaced.enabled).toBe(false);
    spinCpu(60);
    const before = performance.now();
    await unpaced.pace();
    expect(performance.now() - before).toBeLessThan(5);
  });
});
