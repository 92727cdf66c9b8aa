import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type LiveReadResult, readLiveSnapshot, startLivePoller } from "@/components/jobs/live-status-poller";
import type { LiveStatusSnapshot } from "@/lib/jobs/live-status/live-status-types";

const processing = (progress: string | null = null): LiveStatusSnapshot => ({ a: { status: "PROCESSING", active: true, progress } });
const ready: LiveStatusSnapshot = { a: { status: "READY", active: false, progress: null } };

/** A poller on document "a" (shown as PROCESSING) whose reads answer from `answers` in turn (the last one repeats). */
function harness(answers: LiveReadResult[]) {
  const reads: number[] = [];
  const refreshes: number[] = [];
  const state = { hidden: false, gaveUp: 0 };
  const poller = startLivePoller([{ id: "a", status: "PROCESSING" }], {
    read: async () => (reads.push(Date.now()), answers.length > 1 ? answers.shift()! : answers[0]),
    refresh: () => refreshes.push(Date.now()),
    giveUp: () => (state.gaveUp += 1),
    isHidden: () => state.hidden,
  });
  return { poller, reads, refreshes, state };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe("startLivePoller", () => {
  it("polls every 250 ms at first, then backs off, without refreshing while nothing changes", async () => {
    const { reads, refreshes, poller } = harness([processing()]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(reads.slice(0, 7)).toEqual([250, 500, 750, 1_000, 1_375, 1_938, 2_782]);
    expect(refreshes).toEqual([]);
    poller.stop();
  });

  it("refreshes within 250 ms of a run that ends quickly, once, and stops when nothing is active", async () => {
    const { reads, refreshes } = harness([processing(), ready]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refreshes).toEqual([500]);
    expect(reads).toEqual([250, 500]);
  });

  it("refreshes once per distinct progress, polls fast again after a change, and not for the same answer twice", async () => {
    const { reads, refreshes, poller } = harness([processing("1/9"), processing("1/9"), processing("1/9"), processing("1/9"), processing("1/9"), processing("2/9")]);
    await vi.advanceTimersByTimeAsync(3_000);
    // Reads at 250, 500, 750, 1000, 1375, then 1938 brings 2/9: one refresh, and the next read 250 ms later.
    expect(refreshes).toEqual([1_938]);
    expect(reads.slice(5, 8)).toEqual([1_938, 2_188, 2_438]);
    poller.stop();
  });

  it("refreshes when the watched item vanished (a 404), and stops", async () => {
    const { reads, refreshes } = harness([null]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect([reads, refreshes]).toEqual([[250], [250]]);
  });

  it("stops for good when signed out or refused, and keeps trying after a server error", async () => {
    const refused = harness(["stop"]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect([refused.reads.length, refused.refreshes.length]).toEqual([1, 0]);

    const flaky = harness(["retry", "retry", ready]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(flaky.reads).toEqual([10_250, 10_500, 10_750]);
    expect(flaky.refreshes).toEqual([10_750]);
  });

  it("keeps no timer while the tab is hidden, and polls at once when it is shown again", async () => {
    const { reads, state, poller } = harness([processing()]);
    await vi.advanceTimersByTimeAsync(600);
    state.hidden = true;
    poller.visibilityChanged();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toEqual([250, 500]);
    state.hidden = false;
    poller.visibilityChanged();
    await vi.advanceTimersByTimeAsync(300);
    expect(reads).toEqual([250, 500, 60_600, 60_850]);
    poller.stop();
  });

  it("gives up after ten minutes without a change", async () => {
    const { reads, state } = harness([processing()]);
    await vi.advanceTimersByTimeAsync(11 * 60_000);
    expect(state.gaveUp).toBe(1);
    const count = reads.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads.length).toBe(count);
    expect(reads.at(-1)).toBeLessThanOrEqual(10 * 60_000);
  });

  it("does nothing with an answer that arrives after it was stopped", async () => {
    let answer: (value: LiveReadResult) => void = () => {};
    const refreshes: number[] = [];
    const poller = startLivePoller([{ id: "a", status: "PROCESSING" }], {
      read: () => new Promise((resolve) => (answer = resolve)),
      refresh: () => refreshes.push(Date.now()),
      giveUp: () => {},
      isHidden: () => false,
    });
    await vi.advanceTimersByTimeAsync(250);
    poller.stop();
    answer(ready);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refreshes).toEqual([]);
  });
});

describe("readLiveSnapshot", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the items, a 404 as null, refusals as stop, and anything else as retry", async () => {
    const answers: (Response | Error)[] = [
      Response.json({ items: ready }),
      Response.json({ error: {} }, { status: 404 }),
      Response.json({ error: {} }, { status: 401 }),
      Response.json({ error: {} }, { status: 403 }),
      Response.json({ error: {} }, { status: 429 }),
      Response.json({ error: {} }, { status: 503 }),
      new TypeError("fetch failed"),
    ];
    vi.stubGlobal("fetch", async () => {
      const next = answers.shift()!;
      if (next instanceof Error) throw next;
      return next;
    });
    const results = [];
    for (let i = 0; i < 7; i += 1) results.push(await readLiveSnapshot("/api/live-status/document?ids=a"));
    expect(results).toEqual([ready, null, "stop", "stop", "retry", "retry", "retry"]);
  });
});
