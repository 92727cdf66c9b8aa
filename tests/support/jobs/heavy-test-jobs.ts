/** A registry for the heavy-lane test: one job that eats memory, one that sleeps, one that finishes. */
import { defineJob } from "@/lib/jobs/define-job";

export const memoryHog = defineJob({
  id: "test-memory-hog",
  on: "milestone.changed",
  limits: { memoryMb: 200, timeoutMs: 60_000 },
  async handler() {
    const hoard: Buffer[] = [];
    for (;;) {
      hoard.push(Buffer.alloc(20 * 1024 * 1024, 1));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  },
});

export const sleeper = defineJob({
  id: "test-sleeper",
  on: "budget.changed",
  limits: { memoryMb: 400, timeoutMs: 1_500 },
  async handler() {
    await new Promise((resolve) => setTimeout(resolve, 60_000));
  },
});

export const quick = defineJob({
  id: "test-quick",
  on: "project.updated",
  limits: { memoryMb: 400, timeoutMs: 30_000 },
  async handler({ event, step }) {
    return step.run("echo", async () => ({ projectId: event.data.projectId, pid: process.pid }));
  },
});

export const jobs = [memoryHog, sleeper, quick];
