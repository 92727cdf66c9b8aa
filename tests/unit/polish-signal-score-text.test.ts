import { describe, expect, it } from "vitest";
import { afterFailure } from "@/components/signal-score/after-failure";
import { formatScore } from "@/components/signal-score/format-score";

describe("Signal Score display text", () => {
  it("formats every score with one decimal", () => {
    expect(formatScore(92)).toBe("92.0");
    expect(formatScore(86.45)).toBe("86.5");
    expect(formatScore(0)).toBe("0.0");
    expect(formatScore(73.05)).toBe("73.1");
  });

  it("says what a failed run leaves behind, without inventing earlier versions", () => {
    expect(afterFailure(1, null)).toBe("There is no score yet: run it again.");
    expect(afterFailure(3, null)).toBe("No version has completed yet: run it again.");
    expect(afterFailure(3, 2)).toBe("Version 2, shown below, is still the current score.");
  });
});
