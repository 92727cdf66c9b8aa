import { describe, expect, it } from "vitest";
import { processingWatch } from "@/components/dataroom/processing-watch";
import { GIVE_UP_AFTER_MS, judgeLiveSnapshot, nextLivePollDelay, snapshotSignature } from "@/components/jobs/live-status-schedule";
import type { LiveStatusSnapshot } from "@/lib/jobs/live-status/live-status-types";

const item = (status: string, active: boolean, progress: string | null = null) => ({ status, active, progress });

describe("nextLivePollDelay", () => {
  it("polls four times a second at first, then half as long again each time up to 2.5 s", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((attempt) => nextLivePollDelay(attempt, 0))).toEqual([250, 250, 250, 250, 375, 563, 844, 1266, 1898, 2500, 2500]);
  });

  it("sees a run that ends within two seconds no later than 250 ms after it ends", () => {
    let at = 0;
    for (let attempt = 0; at < 1_000; attempt += 1) {
      const delay = nextLivePollDelay(attempt, at)!;
      expect(delay).toBeLessThanOrEqual(250);
      at += delay;
    }
  });

  it("stops after ten quiet minutes, never waiting past that point", () => {
    expect(nextLivePollDelay(20, GIVE_UP_AFTER_MS - 1_000)).toBe(1_000);
    expect(nextLivePollDelay(20, GIVE_UP_AFTER_MS)).toBeNull();
  });
});

describe("judgeLiveSnapshot", () => {
  const watch = [{ id: "a", status: "PROCESSING" }];

  it("is unchanged while the status is the one the page shows and the progress stands still", () => {
    const snapshot = { a: item("PROCESSING", true, "3/10") };
    expect(judgeLiveSnapshot(watch, snapshot, null)).toEqual({ changed: false, keepPolling: true });
    expect(judgeLiveSnapshot(watch, snapshot, { a: item("PROCESSING", true, "3/10") })).toEqual({ changed: false, keepPolling: true });
  });

  it("changes when progress moves since the last poll, and keeps polling", () => {
    expect(judgeLiveSnapshot(watch, { a: item("PROCESSING", true, "4/10") }, { a: item("PROCESSING", true, "3/10") })).toEqual({ changed: true, keepPolling: true });
  });

  it("changes and stops when the status differs from the page's and nothing is active", () => {
    expect(judgeLiveSnapshot(watch, { a: item("READY", false) }, null)).toEqual({ changed: true, keepPolling: false });
  });

  it("changes but keeps polling while another watched item is still active", () => {
    const two = [...watch, { id: "b", status: "PENDING" }];
    expect(judgeLiveSnapshot(two, { a: item("READY", false), b: item("PENDING", true) }, null)).toEqual({ changed: true, keepPolling: true });
  });

  it("changes and stops when a watched item vanished, or nothing is visible any more (a 404)", () => {
    expect(judgeLiveSnapshot(watch, { other: item("PROCESSING", true) }, null)).toEqual({ changed: true, keepPolling: false });
    expect(judgeLiveSnapshot(watch, null, null)).toEqual({ changed: true, keepPolling: false });
    expect(judgeLiveSnapshot([], null, null)).toEqual({ changed: false, keepPolling: false });
  });
});

describe("snapshotSignature", () => {
  it("is the same for the same answer in any key order, and differs when a status or progress does", () => {
    const a: LiveStatusSnapshot = { x: item("PROCESSING", true, "1/2"), y: item("READY", false) };
    const b: LiveStatusSnapshot = { y: item("READY", false), x: item("PROCESSING", true, "1/2") };
    expect(snapshotSignature(a)).toBe(snapshotSignature(b));
    expect(snapshotSignature({ ...a, x: item("PROCESSING", true, "2/2") })).not.toBe(snapshotSignature(a));
    expect(snapshotSignature({ ...a, y: item("ERROR", false) })).not.toBe(snapshotSignature(a));
    expect(snapshotSignature(null)).not.toBe(snapshotSignature({}));
  });
});

describe("processingWatch", () => {
  it("watches each uploading or processing document once, with the status the page shows", () => {
    const docs = [
      { id: "a", status: "PROCESSING" },
      { id: "b", status: "READY" },
      { id: "c", status: "UPLOADING" },
      { id: "a", status: "PROCESSING" },
    ];
    expect(processingWatch(docs)).toEqual([
      { id: "a", status: "PROCESSING" },
      { id: "c", status: "UPLOADING" },
    ]);
    expect(processingWatch(Array.from({ length: 150 }, (_, i) => ({ id: `d${i}`, status: "PROCESSING" })))).toHaveLength(100);
  });
});
