import { describe, expect, it } from "vitest";
import { formatUsd } from "@/components/ai-usage/format-usd";

describe("formatUsd", () => {
  it("rounds decimal strings as text: cents from a dollar, four places below", () => {
    expect(formatUsd("1234.567890")).toBe("$1,234.57");
    expect(formatUsd("2500")).toBe("$2,500.00");
    expect(formatUsd("0.006000")).toBe("$0.0060");
    expect(formatUsd("0.000049")).toBe("$0.00");
    expect(formatUsd("0.069000")).toBe("$0.0690");
    expect(formatUsd("0.99995")).toBe("$1.0000");
  });
});
