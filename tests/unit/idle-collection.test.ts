import { describe, expect, it } from "vitest";
import { IDLE_COLLECTION_DEFAULTS, type IdleCollectionState, nextIdleCollection } from "@/lib/runtime/idle-collection";

const MB = 1024 * 1024;
const BUSY = 0.6;
const QUIET = 0.01;

/** Feeds the ticks in turn and says, per tick, whether it collected (after which the heap is back at 150 MB). */
function run(ticks: [number, number][], start: IdleCollectionState = { quietTicks: 0, heapAfterLastCollection: 150 * MB }) {
  let state = start;
  return ticks.map(([loopUtilization, heapMb]) => {
    const next = nextIdleCollection(state, { loopUtilization, heapUsedBytes: heapMb * MB });
    state = next.collect ? { ...next.state, heapAfterLastCollection: 150 * MB } : next.state;
    return next.collect;
  });
}

describe("nextIdleCollection", () => {
  it("collects once after a burst, when the loop has been quiet for two ticks, and not again while nothing grows", () => {
    expect(
      run([
        [BUSY, 400],
        [BUSY, 700],
        [QUIET, 700],
        [QUIET, 700],
        [QUIET, 150],
        [QUIET, 151],
        [QUIET, 152],
      ]),
    ).toEqual([false, false, false, true, false, false, false]);
  });

  it("waits while requests keep coming: a busy tick starts the quiet count over", () => {
    expect(
      run([
        [QUIET, 700],
        [BUSY, 700],
        [QUIET, 700],
        [BUSY, 700],
        [QUIET, 700],
        [QUIET, 700],
      ]),
    ).toEqual([false, false, false, false, false, true]);
  });

  it("leaves small growth to V8", () => {
    const under = 150 + IDLE_COLLECTION_DEFAULTS.minGrowthBytes / MB - 1;
    expect(
      run([
        [QUIET, under],
        [QUIET, under],
        [QUIET, under],
      ]),
    ).toEqual([false, false, false]);
  });

  it("measures growth from the lowest heap seen, so V8's own collections move the baseline down", () => {
    const start = { quietTicks: 0, heapAfterLastCollection: 600 * MB };
    expect(
      run(
        [
          [BUSY, 100],
          [QUIET, 200],
          [QUIET, 200],
        ],
        start,
      ),
    ).toEqual([false, false, true]);
  });
});
