import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyCompact, formatMoneyExact } from "@/lib/utils/format-money";

describe("formatMoney", () => {
  it("groups the stored decimal as text, rounded to cents, without float arithmetic", () => {
    expect(formatMoney("12500000.0000", "EUR")).toBe("EUR 12,500,000");
    expect(formatMoney("1234.5678", "USD")).toBe("USD 1,234.56");
  });

  it("formats compact and exact figures in the currency's symbol, the same on every call", () => {
    expect(formatMoneyCompact("12500000.0000", "EUR")).toBe("€12.5M");
    expect(formatMoneyCompact("12500000.0000", "EUR")).toBe("€12.5M");
    expect(formatMoneyExact("1234.5", "USD")).toBe("$1,234.50");
    expect(formatMoneyCompact("980000", "USD")).toBe("$980K");
  });

  it("reads a code Intl does not know as a number and the code", () => {
    expect(formatMoneyCompact("1200000", "XQQ1")).toBe("1.2M XQQ1");
  });
});
