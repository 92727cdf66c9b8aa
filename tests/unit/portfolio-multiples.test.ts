import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { computeMultiples } from "@/lib/portfolios/metrics/multiples";
import { type LedgerFlow, type LedgerFlowKind, summarizeFlows } from "@/lib/portfolios/metrics/summarize-flows";
import type { XirrResult } from "@/lib/portfolios/metrics/xirr";

const decimal = (value: string | number) => new Prisma.Decimal(value);
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const entry = (kind: LedgerFlowKind, date: string, amount: string): LedgerFlow => ({ kind, date: day(date), amountBase: decimal(amount) });
const fixed = (value: Prisma.Decimal | null, places: number) => value?.toFixed(places) ?? null;

describe("computeMultiples", () => {
  it("matches the hand-computed fixture", () => {
    // Paid in 1,000,000; distributed 450,000; NAV 900,000.
    // TVPI = MOIC = (450,000 + 900,000) / 1,000,000 = 1.35; DPI = 0.45; RVPI = 0.9; DPI + RVPI = TVPI.
    const multiples = computeMultiples({ paidIn: decimal("1000000"), distributed: decimal("450000"), nav: decimal("900000") });
    expect(multiples.tvpi?.toString()).toBe("1.35");
    expect(multiples.moic?.toString()).toBe("1.35");
    expect(multiples.dpi?.toString()).toBe("0.45");
    expect(multiples.rvpi?.toString()).toBe("0.9");
  });

  it("keeps exact decimals and does not round", () => {
    // 1 / 3 and 2 / 3 to Decimal's 20 significant digits, not 4 places: rounding is for display.
    const thirds = computeMultiples({ paidIn: decimal("3"), distributed: decimal("1"), nav: decimal("2") });
    expect(thirds.dpi?.toString()).toBe("0.33333333333333333333");
    expect(thirds.rvpi?.toString()).toBe("0.66666666666666666667");
    expect(thirds.tvpi?.toString()).toBe("1");
    // Paid in 0.1 + 0.2, got 0.3 back: exactly 1x, where floats say 0.3 / 0.30000000000000004 = 0.9999999999999999.
    const cents = computeMultiples({ paidIn: decimal("0.1").plus("0.2"), distributed: decimal("0.3"), nav: decimal("0") });
    expect(cents.dpi?.toString()).toBe("1");
  });

  it("has no multiples when nothing was paid in", () => {
    const none = { moic: null, tvpi: null, dpi: null, rvpi: null };
    expect(computeMultiples({ paidIn: decimal("0"), distributed: decimal("100"), nav: decimal("50") })).toEqual(none);
    expect(computeMultiples({ paidIn: decimal("-10"), distributed: decimal("100"), nav: decimal("50") })).toEqual(none);
  });
});

/** Σ amount / (1 + rate)^(days since the first / 365), written out for the fixture. */
function npv(rows: [string, number][], rate: number): number {
  const first = Math.min(...rows.map(([date]) => day(date).getTime()));
  return rows.reduce((sum, [date, amount]) => sum + amount / (1 + rate) ** ((day(date).getTime() - first) / 86_400_000 / 365), 0);
}

/** The rate is a root of the fixture's NPV to 1e-7: NPV changes sign across it. */
function expectRootOf(result: XirrResult, rows: [string, number][]): number {
  if (result.kind !== "rate") throw new Error(result.reason);
  expect(Math.sign(npv(rows, result.rate - 1e-7))).not.toBe(Math.sign(npv(rows, result.rate + 1e-7)));
  return result.rate;
}

describe("summarizeFlows", () => {
  // A holding: two calls (1,500,000), a fee with each of the first two (40,000), three distributions
  // (income 100,000, return of capital 250,000, exit 50,000: 400,000), and a NAV of 1,400,000.
  const ledger = [
    entry("capital_call", "2020-01-15", "1000000.00"),
    entry("fee", "2020-01-15", "20000.00"),
    entry("capital_call", "2020-07-15", "500000.00"),
    entry("fee", "2021-01-15", "20000.00"),
    entry("distribution_income", "2021-06-30", "100000.00"),
    entry("distribution_return_of_capital", "2022-03-31", "250000.00"),
    entry("exit_proceeds", "2022-09-30", "50000.00"),
  ];
  const nav = { date: day("2022-12-31"), value: decimal("1400000.00") };
  const grossRows: [string, number][] = [
    ["2020-01-15", -1_000_000],
    ["2020-07-15", -500_000],
    ["2021-06-30", 100_000],
    ["2022-03-31", 250_000],
    ["2022-09-30", 50_000],
    ["2022-12-31", 1_400_000],
  ];
  const netRows: [string, number][] = [...grossRows, ["2020-01-15", -20_000], ["2021-01-15", -20_000]];

  it("sums paid-in, fees, distributions and NAV exactly", () => {
    const summary = summarizeFlows(ledger, nav);
    expect(summary.paidIn.toString()).toBe("1500000");
    expect(summary.fees.toString()).toBe("40000");
    expect(summary.distributed.toString()).toBe("400000");
    expect(summary.nav.toString()).toBe("1400000");
  });

  it("computes the multiples gross and net of fees", () => {
    const { grossMultiples, netMultiples } = summarizeFlows(ledger, nav);
    // Gross: (400,000 + 1,400,000) / 1,500,000 = 1.2; DPI 400,000 / 1,500,000 = 0.2666…; RVPI 1,400,000 / 1,500,000 = 0.9333….
    expect(grossMultiples.tvpi?.toString()).toBe("1.2");
    expect(grossMultiples.moic?.toString()).toBe("1.2");
    expect(fixed(grossMultiples.dpi, 10)).toBe("0.2666666667");
    expect(fixed(grossMultiples.rvpi, 10)).toBe("0.9333333333");
    // Net: fees count as paid in, 1,540,000: TVPI 1,800,000 / 1,540,000 = 1.168831…; DPI 0.259740…; RVPI 0.909090….
    expect(fixed(netMultiples.tvpi, 10)).toBe("1.1688311688");
    expect(fixed(netMultiples.dpi, 10)).toBe("0.2597402597");
    expect(fixed(netMultiples.rvpi, 10)).toBe("0.9090909091");
  });

  it("computes the IRR with the NAV as a final flow on its date, fees only in the net one", () => {
    const { grossIrr, netIrr } = summarizeFlows(ledger, nav);
    const gross = expectRootOf(grossIrr, grossRows);
    const net = expectRootOf(netIrr, netRows);
    // 1.2x over about three years is some 7% a year (7.28%); fees of 40,000, 2.7% of the capital, take about a point off (6.21%).
    expect(gross).toBeCloseTo(0.07275, 5);
    expect(net).toBeCloseTo(0.06213, 5);
  });

  it("without a NAV, measures what was realised", () => {
    const summary = summarizeFlows(ledger, null);
    expect(summary.nav.toString()).toBe("0");
    // 400,000 back on 1,500,000 paid in: DPI = TVPI = 0.2666…, and a deep negative rate.
    expect(fixed(summary.grossMultiples.tvpi, 10)).toBe("0.2666666667");
    expect(summary.grossMultiples.rvpi?.toString()).toBe("0");
    expect(expectRootOf(summary.grossIrr, grossRows.slice(0, 5))).toBeLessThan(-0.3);
  });

  it("reads a negative amount as a reversal of its kind", () => {
    // Called 1,000, 200 of it refunded: 800 paid in; the refund is money back in the IRR.
    const summary = summarizeFlows(
      [entry("capital_call", "2020-01-01", "1000"), entry("capital_call", "2020-02-01", "-200"), entry("exit_proceeds", "2021-01-01", "880")],
      null,
    );
    expect(summary.paidIn.toString()).toBe("800");
    expect(summary.grossMultiples.tvpi?.toString()).toBe("1.1");
    expectRootOf(summary.grossIrr, [
      ["2020-01-01", -1000],
      ["2020-02-01", 200],
      ["2021-01-01", 880],
    ]);
  });

  it("gives multiples of 0 and no rate for a total loss, and nothing at all without capital", () => {
    const loss = summarizeFlows([entry("capital_call", "2020-01-01", "1000")], { date: day("2023-01-01"), value: decimal("0") });
    expect(loss.grossMultiples.tvpi?.toString()).toBe("0");
    expect(loss.grossIrr).toEqual({ kind: "undefined", reason: expect.stringMatching(/total loss/) });
    const noCapital = summarizeFlows([entry("distribution_income", "2020-01-01", "10")], null);
    expect(noCapital.grossMultiples).toEqual({ moic: null, tvpi: null, dpi: null, rvpi: null });
    expect(noCapital.netIrr.kind).toBe("undefined");
  });

  it("adds decimal amounts without float error", () => {
    const summary = summarizeFlows([entry("capital_call", "2020-01-01", "0.1"), entry("capital_call", "2020-01-02", "0.2"), entry("fee", "2020-01-03", "0.3")], null);
    expect(summary.paidIn.toString()).toBe("0.3");
    expect(summary.paidIn.plus(summary.fees).toString()).toBe("0.6");
  });
});
