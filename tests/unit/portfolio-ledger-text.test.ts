import { describe, expect, it } from "vitest";
import { formatDay } from "@/lib/portfolios/metrics/format-day";
import { groupFlowsByHolding } from "@/lib/portfolios/metrics/group-flows-by-holding";
import { parseFlowLists, parseFlows } from "@/lib/portfolios/metrics/parse-flows";
import { parseLedgerText } from "@/lib/portfolios/metrics/parse-ledger-text";

const KINDS = ["capital_call", "fee", "distribution_income", "distribution_return_of_capital", "exit_proceeds", "valuation"] as const;

/** A deterministic stream in [0, 1), so a failure names a case that reproduces. */
function randomStream(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 48271) % 2147483647) - 1) / 2147483646;
}

/** A random ledger of `holdings` holdings, as lines (what parseFlows reads) and as load-portfolio-flows.ts' statement prints it. */
function randomLedger(seed: number, count: number, holdings: number) {
  const random = randomStream(seed);
  const flows = Array.from({ length: count }, () => {
    const kind = Math.floor(random() * KINDS.length);
    const day = Math.floor(random() * 40_000) - 20_000;
    const whole = random() < 0.1 ? 0 : Math.floor(random() * 10 ** Math.floor(random() * 12));
    const amount = `${whole}.${String(Math.floor(random() * 10_000)).padStart(4, "0")}`;
    return { holding: Math.floor(random() * holdings), line: { kind: KINDS[kind]!, day: formatDay(day), amountBase: amount }, text: `${day} ${amount}`, kind };
  });
  return { flows, text: flows.map((flow) => `${flow.holding * 8 + flow.kind} ${flow.text}`).join(" ") };
}

describe("the portfolio ledger as load-portfolio-flows.ts prints it", () => {
  it("prints days as to_char and Date do, years 0001 to 9999", () => {
    for (const day of [-719_162, -719_161, -1, 0, 59, 11_016, 19_782, 2_932_896, ...Array.from({ length: 2_000 }, (_, i) => i * 1_823 - 719_162)])
      expect(formatDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
  });

  it("parses to what parseFlows gives for the same flows as lines, and groups them as parseFlowLists does", () => {
    const { flows, text } = randomLedger(7, 3_000, 40);
    const parsed = parseLedgerText(text, flows.length)!;
    const reference = parseFlows(flows.map((flow) => flow.line))!;
    expect(Array.from(parsed.ledger.roles)).toEqual(Array.from(reference.roles));
    expect(Array.from(parsed.ledger.days)).toEqual(Array.from(reference.days));
    expect(Array.from(parsed.ledger.units)).toEqual(Array.from(reference.units));
    expect(parsed.ledger.source.map((flow) => flow.day)).toEqual(flows.map((flow) => flow.line.day));
    expect(Array.from(parsed.holdingOf)).toEqual(flows.map((flow) => flow.holding));

    // The page lists holdings in its own order, one of the ledger's (39) not among them, one listed (99) with no flows.
    const listed = [5, 3, 99, 0, ...Array.from({ length: 35 }, (_, i) => i + 4).filter((h) => h !== 5)];
    const positionOf = Int32Array.from({ length: 40 }, (_, h) => listed.indexOf(h));
    const grouped = groupFlowsByHolding(parsed, positionOf, listed.length);
    const lists = parseFlowLists(listed.map((h) => flows.filter((flow) => flow.holding === h).map((flow) => flow.line)))!;
    expect(Array.from(grouped.starts)).toEqual(Array.from(lists.starts));
    expect(Array.from(grouped.parsed.days)).toEqual(Array.from(lists.parsed.days));
    expect(Array.from(grouped.parsed.units)).toEqual(Array.from(lists.parsed.units));
    expect(Array.from(grouped.parsed.roles)).toEqual(Array.from(lists.parsed.roles));
    expect(grouped.parsed.source.map((flow) => flow.day)).toEqual(lists.parsed.source.map((flow) => flow.day));
  });

  it("refuses what parseFlows would refuse, or text in another shape", () => {
    expect(parseLedgerText("", 0)?.ledger.count).toBe(0);
    expect(parseLedgerText("8 0 900719925473.9999", 1)?.ledger.units[0]).toBe(9_007_199_254_739_999);
    const signed = parseLedgerText("21 -5 -0.0000 8 3 -12.3400", 2)!;
    expect([Object.is(signed.ledger.units[0], -0), signed.ledger.units[1], Array.from(signed.ledger.days), Array.from(signed.holdingOf)]).toEqual([
      true,
      -123_400,
      [-5, 3],
      [2, 1],
    ]);
    for (const [text, count] of [
      ["8 0 900719925474.0000", 1],
      ["8 0 12.340", 1],
      ["8 0 1.00001", 1],
      ["8 0 -.0000", 1],
      ["8 0 12", 1],
      ["15 0 1.0000", 1],
      ["8 x 1.0000", 1],
      ["8 2932897 1.0000", 1],
      ["8 -719163 1.0000", 1],
      ["8 0 1.0000 ", 1],
      ["8 0 1.0000", 2],
      ["8 0 1.0000 8 0 1.0000", 1],
      ["8  0 1.0000", 1],
    ] as const)
      expect(parseLedgerText(text, count)).toBeNull();
  });
});
