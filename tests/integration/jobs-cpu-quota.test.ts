import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { CpuQuota, cpuMs } from "@/lib/jobs/worker/cpu-quota";

const children: ChildProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startChild(script: string): ChildProcess {
  const child = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
  children.push(child);
  return child;
}

function processState(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
}

/** CPU the child spends over `windowMs` once it has started, as a share of one core. */
async function measureShare(pid: number, windowMs: number): Promise<number> {
  const before = cpuMs(pid) ?? 0;
  await sleep(windowMs);
  return ((cpuMs(pid) ?? 0) - before) / windowMs;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe.runIf(existsSync("/proc/self/stat"))("CpuQuota", () => {
  it("holds a child that computes flat out to its share of a core", async () => {
    const child = startChild("for (;;) {}");
    await sleep(300);
    const quota = new CpuQuota(child.pid as number, { share: 0.3 });
    quota.start();
    const share = await measureShare(child.pid as number, 2_000);
    quota.stop();
    expect(share).toBeLessThan(0.45);
    expect(share).toBeGreaterThan(0.05);
    // Once the quota stops, the child is running again rather than left paused.
    await sleep(50);
    expect(processState(child.pid as number)).not.toBe("T");
    expect(await measureShare(child.pid as number, 500)).toBeGreaterThan(0.1);
  });

  it("never pauses a child that mostly waits", async () => {
    const child = startChild("setInterval(() => { const end = Date.now() + 2; while (Date.now() < end) {} }, 20)");
    // Node's own start-up computes; the quota would rightly pause that.
    await sleep(500);
    const quota = new CpuQuota(child.pid as number, { share: 0.3 });
    quota.start();
    const states = new Set<string>();
    for (let i = 0; i < 60; i += 1) {
      states.add(processState(child.pid as number));
      await sleep(10);
    }
    quota.stop();
    expect(states.has("T")).toBe(false);
  });

  it("is off at a share of 1 and stops quietly when the child is gone", async () => {
    expect(new CpuQuota(1, { share: 1 }).enabled).toBe(false);
    const child = startChild("for (;;) {}");
    const quota = new CpuQuota(child.pid as number, { share: 0.5, periodMs: 40 });
    quota.start();
    child.kill("SIGKILL");
    await sleep(200);
    quota.stop();
    expect(cpuMs(child.pid as number)).toBeNull();
  });
});
