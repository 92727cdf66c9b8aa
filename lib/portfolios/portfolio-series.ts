import { Prisma } from "@/lib/db/generated/client";
import type { BaseFlow } from "./ledger-metrics";
import type { SeriesPoint } from "./portfolio-dtos";

const INFLOW = new Set(["distribution_income", "distribution_return_of_capital", "exit_proceeds"]);
const OUTFLOW = new Set(["capital_call", "fee"]);

/**
 * The portfolio's NAV on each day a mark or an exit changed it: every holding's latest valuation on
 * or before that day, none after its exit. Numbers only for the chart; the figures come from the ledger.
 */
export function navSeries(holdings: readonly { flows: readonly BaseFlow[]; exitDay: string | null }[]): SeriesPoint[] {
  const days = new Set<string>();
  for (const holding of holdings) {
    for (const flow of holding.flows) if (flow.kind === "valuation") days.add(flow.day);
    if (holding.exitDay) days.add(holding.exitDay);
  }
  return [...days].sort().map((day) => {
    let total = new Prisma.Decimal(0);
    for (const holding of holdings) {
      if (holding.exitDay && holding.exitDay <= day) continue;
      let mark: BaseFlow | null = null;
      for (const flow of holding.flows) if (flow.kind === "valuation" && flow.day <= day && (!mark || flow.day >= mark.day)) mark = flow;
      if (mark) total = total.add(mark.amountBase);
    }
    return { day, value: total.toNumber() };
  });
}

/** Cumulative net cash to the investor (distributions and exit proceeds less calls and fees), by flow day: the J-curve. */
export function jCurveSeries(flows: readonly BaseFlow[]): SeriesPoint[] {
  const byDay = new Map<string, Prisma.Decimal>();
  for (const flow of flows) {
    const sign = INFLOW.has(flow.kind) ? 1 : OUTFLOW.has(flow.kind) ? -1 : 0;
    if (sign === 0) continue;
    byDay.set(flow.day, (byDay.get(flow.day) ?? new Prisma.Decimal(0)).add(new Prisma.Decimal(flow.amountBase).mul(sign)));
  }
  let running = new Prisma.Decimal(0);
  return [...byDay.keys()].sort().map((day) => {
    running = running.add(byDay.get(day)!);
    return { day, value: running.toNumber() };
  });
}
