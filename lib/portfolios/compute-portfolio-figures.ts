import { type BaseFlow, computeLedgerMetrics, holdingNav, irr, type ParsedNav, parsedLedgerMetrics, portfolioNav } from "./ledger-metrics";
import { formatUnits } from "./metrics/fixed-point";
import { FLOW_ROLE, type ParsedFlows, parseDay, parseFlowLists, parseFlows } from "./metrics/parse-flows";
import { formatTotalValueMultiple, summarizeParsedFlows } from "./metrics/summarize-parsed-flows";
import type { HoldingRowDto, LedgerMetricsDto, SeriesPoint } from "./portfolio-dtos";
import { jCurveSeries, navSeries, parsedJCurveSeries, parsedNavSeries } from "./portfolio-series";

/** What the holdings table shows of a holding's metrics (components/portfolios/holdings-table.tsx): net figures only. */
export type HoldingFigures = Pick<HoldingRowDto, "paidIn" | "distributed" | "nav" | "moic" | "netIrr">;

export type PortfolioFigures = { metrics: LedgerMetricsDto; holdings: HoldingFigures[]; navSeries: SeriesPoint[]; jCurve: SeriesPoint[] };

type FigureHolding = { status: string; exitDay: string | null; flows: readonly BaseFlow[] };

/**
 * The portfolio page's figures from its ledger, the same as computeLedgerMetrics, portfolioNav,
 * holdingNav, navSeries and jCurveSeries give: the portfolio's metrics from `all` (every flow of
 * the portfolio, in ledger order), each holding's row (net figures only, what the table shows) and
 * the NAV series from the holdings' own flows, the J-curve from `all`. Each list is parsed once
 * (parse-flows.ts), and nothing is computed per flow or per holding that the page does not show.
 */
export function computePortfolioFigures(holdings: readonly FigureHolding[], all: readonly BaseFlow[]): PortfolioFigures {
  const ledger = parseFlows(all);
  const own = parseFlowLists(holdings.map((h) => h.flows));
  return (ledger && own && computeParsedPortfolioFigures(holdings, ledger, own)) || figuresInDecimals(holdings, all);
}

/**
 * computePortfolioFigures from the ledger already parsed: `ledger` every flow in ledger order, `own`
 * the holdings' flows (parseFlowLists' answer, or groupFlowsByHolding's). null when an exit day
 * does not parse: the caller then computes with Prisma.Decimal.
 */
export function computeParsedPortfolioFigures(
  holdings: readonly Omit<FigureHolding, "flows">[],
  ledger: ParsedFlows,
  own: { parsed: ParsedFlows; starts: Int32Array },
): PortfolioFigures | null {
  const exitDays = holdings.map((h) => (h.exitDay === null ? null : parseDay(h.exitDay)));
  if (exitDays.some((day) => Number.isNaN(day))) return null;

  const { parsed, starts } = own;
  const marks = holdings.map((h, index) => (h.status === "ACTIVE" ? latestMark(parsed, starts[index]!, starts[index + 1]!) : -1));
  return {
    metrics: parsedLedgerMetrics(ledger, { start: 0, end: ledger.count }, totalNav(parsed, marks)),
    holdings: holdings.map((_, index) => {
      const mark = marks[index]!;
      const nav = mark < 0 ? null : { day: parsed.days[mark]!, units: BigInt(parsed.units[mark]!) };
      const summary = summarizeParsedFlows(parsed, { start: starts[index]!, end: starts[index + 1]! }, nav, false);
      return {
        paidIn: formatUnits(summary.paidIn),
        distributed: formatUnits(summary.distributed),
        nav: formatUnits(summary.nav),
        moic: formatTotalValueMultiple(summary.paidIn + summary.fees, summary.distributed, summary.nav),
        netIrr: irr(summary.netIrr),
      };
    }),
    navSeries: parsedNavSeries(
      parsed,
      starts,
      holdings.map((h, index) => (h.exitDay === null ? null : { day: exitDays[index]!, text: h.exitDay })),
    ),
    jCurve: parsedJCurveSeries(ledger),
  };
}

/** latestValuation: the slot of the latest mark among slots start to end (the last listed of its day), -1 when there is none. */
function latestMark(parsed: ParsedFlows, start: number, end: number): number {
  let latest = -1;
  for (let i = start; i < end; i += 1) if (parsed.roles[i] === FLOW_ROLE.valuation && (latest < 0 || parsed.days[i]! >= parsed.days[latest]!)) latest = i;
  return latest;
}

/** portfolioNav: the held holdings' latest marks summed, dated by the latest of them. */
function totalNav(parsed: ParsedFlows, marks: readonly number[]): ParsedNav | null {
  let total = 0n;
  let latest = -1;
  for (const mark of marks) {
    if (mark < 0) continue;
    total += BigInt(parsed.units[mark]!);
    if (latest < 0 || parsed.days[mark]! > parsed.days[latest]!) latest = mark;
  }
  return latest < 0 ? null : { day: parsed.days[latest]!, units: total, dayText: parsed.source[latest]!.day };
}

/** The same figures flow object by flow object, with Prisma.Decimal: for a ledger parseFlows refuses. */
function figuresInDecimals(holdings: readonly FigureHolding[], all: readonly BaseFlow[]): PortfolioFigures {
  return {
    metrics: computeLedgerMetrics(all, portfolioNav(holdings)),
    holdings: holdings.map((h) => {
      const metrics = computeLedgerMetrics(h.flows, holdingNav(h.status, h.flows));
      return { paidIn: metrics.paidIn, distributed: metrics.distributed, nav: metrics.nav, moic: metrics.net.moic, netIrr: metrics.netIrr };
    }),
    navSeries: navSeries(holdings),
    jCurve: jCurveSeries(all),
  };
}
