import { describe, expect, it } from "vitest";
import { describeVariance, formatVarianceAmount } from "@/components/budget/describe-variance";

const scope = { currency: "USD", lines: 12, linesWithActual: 4, estimatedWithActual: "1900000.0000", variance: "-177500.0000", variancePct: "-9.3" };

describe("describeVariance", () => {
  it("says which lines the variance covers and what they were estimated at", () => {
    const text = describeVariance(scope);
    expect(text.figure).toBe("−177,500 (−9.3%)");
    expect(text.scope).toBe("on the 4 lines with actuals (USD 1.9M estimated)");
    expect(text.sentence).toBe("Variance −177,500 (−9.3%) on the 4 lines with actuals (USD 1.9M estimated).");
    expect(text.tone).toBe("under");
  });

  it("says all lines when every line has an actual, and one line in the singular", () => {
    expect(describeVariance({ ...scope, linesWithActual: 12, estimatedWithActual: "37500000.0000" }).scope).toBe("on all 12 lines (USD 37.5M estimated)");
    expect(describeVariance({ ...scope, linesWithActual: 1, variance: "62500.5000", variancePct: "5.0" })).toMatchObject({
      figure: "+62,500.50 (+5.0%)",
      scope: "on the 1 line with an actual (USD 1.9M estimated)",
      tone: "over",
    });
  });

  it("has no figure before any line has an actual", () => {
    expect(describeVariance({ ...scope, linesWithActual: 0, variance: null, variancePct: null })).toMatchObject({
      figure: null,
      tone: null,
      scope: "none of the 12 lines has an actual amount yet",
    });
  });

  it("keeps cents only when there are some", () => {
    expect(formatVarianceAmount("0.0000")).toBe("0");
    expect(formatVarianceAmount("-0.1234")).toBe("−0.1234");
  });
});
