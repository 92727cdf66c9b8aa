import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { EmbeddedJobRunner } from "@/lib/jobs/embedded-runner";
import { periodToMs } from "@/lib/jobs/job-debounce";

function debouncedJob(seen: { key: string; n: number }[]) {
  return defineJob({
    id: "debounced-test",
    event: "tests/thing.changed",
    debounce: { key: "event.data.key", period: "2m" },
    schema: z.object({ key: z.string(), n: z.number() }),
    async handler({ event }) {
      seen.push(event.data);
      return event.data;
    },
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("embedded runner debounce", () => {
  it("reads Inngest periods", () => {
    expect([periodToMs("2m"), periodToMs("30s"), periodToMs("1h")]).toEqual([120_000, 30_000, 3_600_000]);
  });

  it("three events within the window make one run, with the last event's data", async () => {
    const seen: { key: string; n: number }[] = [];
    const runner = new EmbeddedJobRunner([debouncedJob(seen)], { debounceMs: 80 });
    const runs = [1, 2, 3].flatMap((n) => runner.dispatch("tests/thing.changed", { key: "a", n }));
    await sleep(40);
    expect(seen).toEqual([]);
    await runner.idle();
    expect(seen).toEqual([{ key: "a", n: 3 }]);
    expect(await Promise.all(runs)).toEqual(Array(3).fill({ jobId: "debounced-test", event: "tests/thing.changed", status: "completed", output: { key: "a", n: 3 } }));
  });

  it("each event restarts the wait", async () => {
    const seen: { key: string; n: number }[] = [];
    const runner = new EmbeddedJobRunner([debouncedJob(seen)], { debounceMs: 60 });
    for (const n of [1, 2, 3]) {
      runner.dispatch("tests/thing.changed", { key: "a", n });
      await sleep(35);
    }
    expect(seen).toEqual([]);
    await runner.idle();
    expect(seen).toEqual([{ key: "a", n: 3 }]);
  });

  it("events for two keys make two runs", async () => {
    const seen: { key: string; n: number }[] = [];
    const runner = new EmbeddedJobRunner([debouncedJob(seen)], { debounceMs: 30 });
    for (const [key, n] of [["a", 1], ["b", 2], ["a", 3], ["b", 4]] as const) runner.dispatch("tests/thing.changed", { key, n });
    await runner.idle();
    expect(seen.sort((x, y) => x.n - y.n)).toEqual([{ key: "a", n: 3 }, { key: "b", n: 4 }]);
  });

  it("idle() waits for a debounced run still waiting, and a later burst runs again", async () => {
    const seen: { key: string; n: number }[] = [];
    const runner = new EmbeddedJobRunner([debouncedJob(seen)], { debounceMs: 100 });
    const started = Date.now();
    runner.dispatch("tests/thing.changed", { key: "a", n: 1 });
    await runner.idle();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(seen).toEqual([{ key: "a", n: 1 }]);
    runner.dispatch("tests/thing.changed", { key: "a", n: 2 });
    await runner.idle();
    expect(seen).toEqual([{ key: "a", n: 1 }, { key: "a", n: 2 }]);
    expect(runner.history).toHaveLength(2);
  });

  it("a payload failing the schema is recorded as a failed run", async () => {
    const runner = new EmbeddedJobRunner([debouncedJob([])], { debounceMs: 10 });
    const [run] = runner.dispatch("tests/thing.changed", { key: "a" });
    expect(await run).toMatchObject({ status: "failed" });
  });
});
