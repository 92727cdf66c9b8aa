import { Prisma } from "@/lib/db/generated/client";
import { formatUnits, parseUnits } from "./metrics/fixed-point";
import { type ParsedFlows, parseDay, parseFlows } from "./metrics/parse-flows";
import { type FlowSelection, formatMultiples, type NavUnits, summarizeParsedFlows } from "./metrics/summarize-parsed-flows";
import type { XirrResult } from "./metrics/xirr";
import { summarizeFlows } from "./metrics/summarize-flows";
import type { CashFlowKind } from "./portfolio-constants";
import type { IrrDto, LedgerMetricsDto, MultiplesDto } from "./portfolio-dtos";

/** One ledger row in the portfolio's currency, as the metrics read it. */
export type BaseFlow = { kind: CashFlowKind; day: string; amountBase: string };

const at = (day: string) => new Date(`${day}T00:00:00Z`);
const fixed = (value: Prisma.Decimal | null) => (value === null ? null : value.toFixed(4));
const multiples = (m: { moic: Prisma.Decimal | null; tvpi: Prisma.Decimal | null; dpi: Prisma.Decimal | null; rvpi: Prisma.Decimal | null }): MultiplesDto => ({
  moic: fixed(m.moic),
  tvpi: fixed(m.tvpi),
  dpi: fixed(m.dpi),
  rvpi: fixed(m.rvpi),
});
export const irr = (result: XirrResult): IrrDto =>
  result.kind === "rate" ? { kind: "rate", rate: result.rate, alsoFits: [...result.alsoFits] } : { kind: "undefined", reason: result.reason };

/**
 * The metrics of a set of flows (one holding's, or every holding's of a portfolio) through the pure
 * summarizeFlows: cash flows in, the NAV as the terminal value on its day (valuations are marks,
 * not cash, so they only enter as the NAV). The flows are parsed once into fixed-point units and
 * day numbers (summarizeParsedFlows, the same figures to the character); a ledger that does not
 * parse (amounts beyond ~900 billion, text the database would not print) goes through Prisma.Decimal.
 */
export function computeLedgerMetrics(flows: readonly BaseFlow[], nav: { day: string; value: string } | null): LedgerMetricsDto {
  const parsed = parseFlows(flows);
  const navUnits = nav ? parseNav(nav) : null;
  if (!parsed || (nav && !navUnits)) return computeLedgerMetricsInDecimals(flows, nav);
  return parsedLedgerMetrics(parsed, { start: 0, end: parsed.count }, navUnits);
}

/** A NAV with its day text, as the metrics print it. */
export type ParsedNav = NavUnits & { dayText: string };

/** null when the NAV is not what the ledger would give (see parseFlows). */
export function parseNav(nav: { day: string; value: string }): ParsedNav | null {
  const day = parseDay(nav.day);
  const units = parseUnits(nav.value);
  return Number.isNaN(day) || Number.isNaN(units) ? null : { day, units: BigInt(units), dayText: nav.day };
}

/** computeLedgerMetrics over a selection of a parsed ledger: what the portfolio page computes for the portfolio and each holding from one parse. */
export function parsedLedgerMetrics(parsed: ParsedFlows, selection: FlowSelection, nav: ParsedNav | null): LedgerMetricsDto {
  const summary = summarizeParsedFlows(parsed, selection, nav, true);
  return {
    paidIn: formatUnits(summary.paidIn),
    fees: formatUnits(summary.fees),
    distributed: formatUnits(summary.distributed),
    nav: formatUnits(summary.nav),
    navDay: nav?.dayText ?? null,
    spanDays: Number.isNaN(summary.firstCashDay) ? null : Math.max(summary.lastCashDay, nav?.day ?? Number.NEGATIVE_INFINITY) - summary.firstCashDay,
    gross: formatMultiples(summary.paidIn, summary.distributed, summary.nav),
    net: formatMultiples(summary.paidIn + summary.fees, summary.distributed, summary.nav),
    grossIrr: irr(summary.grossIrr!),
    netIrr: irr(summary.netIrr),
  };
}

/** The same figures with Prisma.Decimal and a Date per flow: the reference, and the path for a ledger parseFlows refuses. */
export function computeLedgerMetricsInDecimals(flows: readonly BaseFlow[], nav: { day: string; value: string } | null): LedgerMetricsDto {
  const cash = flows
    .filter((flow) => flow.kind !== "valuation")
    .map((flow) => ({ kind: flow.kind as Exclude<CashFlowKind, "valuation">, date: at(flow.day), amountBase: new Prisma.Decimal(flow.amountBase) }));
  const summary = summarizeFlows(cash, nav ? { date: at(nav.day), value: new Prisma.Decimal(nav.value) } : null);
  return {
    paidIn: summary.paidIn.toFixed(4),
    fees: summary.fees.toFixed(4),
    distributed: summary.distributed.toFixed(4),
    nav: summary.nav.toFixed(4),
    navDay: nav?.day ?? null,
    spanDays: spanDays(
      cash.map((flow) => flow.date),
      nav ? at(nav.day) : null,
    ),
    gross: multiples(summary.grossMultiples),
    net: multiples(summary.netMultiples),
    grossIrr: irr(summary.grossIrr),
    netIrr: irr(summary.netIrr),
  };
}

/**
 * The latest valuation of each holding still held, summed in base currency (each converted at its
 * own date's rate), dated by the latest of them. null when no holding has a mark yet.
 */
export function portfolioNav(holdings: readonly { status: string; flows: readonly BaseFlow[] }[]): { day: string; value: string } | null {
  let total = new Prisma.Decimal(0);
  let day: string | null = null;
  for (const holding of holdings) {
    const mark = holding.status === "ACTIVE" ? latestValuation(holding.flows) : null;
    if (!mark) continue;
    total = total.add(mark.amountBase);
    if (day === null || mark.day > day) day = mark.day;
  }
  return day === null ? null : { day, value: total.toFixed(4) };
}

export function latestValuation(flows: readonly BaseFlow[]): BaseFlow | null {
  let latest: BaseFlow | null = null;
  for (const flow of flows) if (flow.kind === "valuation" && (latest === null || flow.day >= latest.day)) latest = flow;
  return latest;
}

/** A holding's own NAV: its latest mark while held, nothing once exited or written off (all realised). */
export function holdingNav(status: string, flows: readonly BaseFlow[]): { day: string; value: string } | null {
  if (status !== "ACTIVE") return null;
  const mark = latestValuation(flows);
  return mark ? { day: mark.day, value: mark.amountBase } : null;
}

function spanDays(dates: readonly Date[], navDate: Date | null): number | null {
  if (dates.length === 0) return null;
  const times = dates.map((date) => date.getTime());
  const last = Math.max(...times, navDate?.getTime() ?? Number.NEGATIVE_INFINITY);
  return Math.round((last - Math.min(...times)) / 86_400_000);
}
