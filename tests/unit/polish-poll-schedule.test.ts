import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, nextPollDelay } from "@/components/dataroom/poll-schedule";

describe("nextPollDelay", () => {
  it("starts at one second and doubles up to thirty", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9].map((attempt) => nextPollDelay(attempt, 0))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it("re-reads only a handful of times in the first 15 seconds", () => {
    let elapsed = 0;
    let reads = 0;
    for (let attempt = 0; ; attempt += 1) {
      elapsed += nextPollDelay(attempt, elapsed)!;
      if (elapsed > 15_000) break;
      reads += 1;
    }
    // At 1, 3, 7 and 15 s.
    expect(reads).toBe(4);
  });

  it("stops after ten minutes, never waiting past that point", () => {
    expect(nextPollDelay(20, GIVE_UP_AFTER_MS - 5_000)).toBe(5_000);
    expect(nextPollDelay(20, GIVE_UP_AFTER_MS)).toBeNull();
  });
});
