import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { type BaseFlow, computeLedgerMetrics, computeLedgerMetricsInDecimals, holdingNav } from "@/lib/portfolios/ledger-metrics";
import { formatRatio, formatUnits, parseUnits, unitsToNumber } from "@/lib/portfolios/metrics/fixed-point";
import { parseDay } from "@/lib/portfolios/metrics/parse-flows";

const decimal = (value: string) => new Prisma.Decimal(value);

/** A deterministic stream in [0, 1), so a failure names a case that reproduces. */
function randomStream(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 48271) % 2147483647) - 1) / 2147483646;
}

describe("fixed-point money", () => {
  it("parses and prints amounts as Prisma.Decimal does, and refuses what the ledger would not print", () => {
    for (const text of ["0.0000", "12.5000", "-1234.5600", "7", "0.1", "-0.0001", "900719925473.9999"]) {
      const units = parseUnits(text);
      expect(formatUnits(units)).toBe(decimal(text).toFixed(4));
      expect(unitsToNumber(units)).toBe(decimal(text).toNumber());
    }
    for (const text of ["1e3", " 2.0000", "+5", ".5", "5.", "1.23456", "", "-", "900719925474.0000"]) expect(parseUnits(text)).toBeNaN();
  });

  it("prints a ratio as Decimal's 20-digit division then toFixed(4) does, double rounding included", () => {
    const random = randomStream(4);
    const digits = () => BigInt(Array.from({ length: 1 + Math.floor(random() * 19) }, () => Math.floor(random() * 10)).join(""));
    for (let i = 0; i < 5_000; i += 1) {
      const numerator = (random() < 0.2 ? -1n : 1n) * digits();
      const denominator = digits() + 1n;
      expect(formatRatio(numerator, denominator)).toBe(
        decimal(formatUnits(numerator))
          .dividedBy(decimal(formatUnits(denominator)))
          .toFixed(4),
      );
    }
    // 0.12344999999999999999997 is 0.12345 to 20 digits, hence 0.1235; rounded once it would be 0.1234.
    expect(formatRatio(123449999999999999999997n, 10n ** 24n)).toBe("0.1235");
    expect(formatRatio(-1n, 10n ** 6n)).toBe(decimal("-0.0001").dividedBy(decimal("100")).toFixed(4));
  });

  it("reads days as Date does", () => {
    for (const day of ["1970-01-01", "1969-12-31", "2000-02-29", "2024-12-31", "0001-03-01", "9999-12-31"])
      expect(parseDay(day)).toBe(new Date(`${day}T00:00:00Z`).getTime() / 86_400_000);
    for (const day of ["2023-02-29", "2024-13-01", "2024-1-01", "2024-01-00"]) expect(parseDay(day)).toBeNaN();
  });
});

describe("computeLedgerMetrics", () => {
  it("gives the same figures as the Decimal path on random ledgers: reversals, zeros, same-day flows, sums past 2^53 units", () => {
    const random = randomStream(16);
    const kinds = ["capital_call", "capital_call", "fee", "distribution_income", "distribution_return_of_capital", "exit_proceeds", "valuation", "valuation"] as const;
    for (let ledger = 0; ledger < 300; ledger += 1) {
      const scale = [1e4, 1e10, 2 ** 53][ledger % 3]!;
      const start = Date.UTC(2010, 0, 1) + Math.floor(random() * 3_000) * 86_400_000;
      const flows: BaseFlow[] = Array.from({ length: Math.floor(random() * 30) }, () => ({
        kind: kinds[Math.floor(random() * kinds.length)]!,
        day: new Date(start + Math.floor(random() * (ledger % 5 === 0 ? 3 : 4_000)) * 86_400_000).toISOString().slice(0, 10),
        amountBase: formatUnits((random() < 0.15 ? -1 : 1) * Math.floor(random() * scale)),
      })).sort((a, b) => a.day.localeCompare(b.day));
      const nav = holdingNav(ledger % 4 === 0 ? "EXITED" : "ACTIVE", flows);
      expect(computeLedgerMetrics(flows, nav)).toEqual(computeLedgerMetricsInDecimals(flows, nav));
    }
  });
});
