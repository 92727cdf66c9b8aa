import { fromScaled, toScaled } from "@/lib/fx/fx-decimal";
import type { BaseFlow } from "./ledger-metrics";
import type { SeriesPoint } from "./portfolio-dtos";

const INFLOW = new Set(["distribution_income", "distribution_return_of_capital", "exit_proceeds"]);
const OUTFLOW = new Set(["capital_call", "fee"]);

/**
 * The portfolio's NAV on each day a mark or an exit changed it: every holding's latest valuation on
 * or before that day, none after its exit. Numbers only for the chart; the figures come from the ledger.
 * One sweep over the marks and exits in day order, keeping each holding's current mark and the
 * total (exact, in 4-place fixed point, so the running total is the sum it replaces), instead of every holding's
 * flows again for every day.
 */
export function navSeries(holdings: readonly { flows: readonly BaseFlow[]; exitDay: string | null }[]): SeriesPoint[] {
  type Change = { day: string; holding: number; mark: string | null };
  const changes: Change[] = [];
  holdings.forEach((holding, index) => {
    for (const flow of holding.flows) if (flow.kind === "valuation") changes.push({ day: flow.day, holding: index, mark: flow.amountBase });
    if (holding.exitDay) changes.push({ day: holding.exitDay, holding: index, mark: null });
  });
  // Stable: a holding's marks of one day keep the ledger's order, so the last recorded is the one that stands.
  changes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const marks: (bigint | null)[] = holdings.map(() => null);
  const exited = holdings.map(() => false);
  const points: SeriesPoint[] = [];
  let total = 0n;
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i]!;
    const held = marks[change.holding];
    if (change.mark === null) {
      if (!exited[change.holding] && held !== null) total -= held;
      exited[change.holding] = true;
    } else {
      const mark = toScaled(change.mark, 4);
      if (!exited[change.holding]) total += mark - (held ?? 0n);
      marks[change.holding] = mark;
    }
    if (changes[i + 1]?.day !== change.day) points.push({ day: change.day, value: Number(fromScaled(total, 4)) });
  }
  return points;
}

/** Cumulative net cash to the investor (distributions and exit proceeds less calls and fees), by flow day: the J-curve. Summed exactly in 4-place fixed point. */
export function jCurveSeries(flows: readonly BaseFlow[]): SeriesPoint[] {
  const byDay = new Map<string, bigint>();
  for (const flow of flows) {
    const sign = INFLOW.has(flow.kind) ? 1n : OUTFLOW.has(flow.kind) ? -1n : 0n;
    if (sign === 0n) continue;
    byDay.set(flow.day, (byDay.get(flow.day) ?? 0n) + sign * toScaled(flow.amountBase, 4));
  }
  let running = 0n;
  return [...byDay.keys()].sort().map((day) => {
    running += byDay.get(day)!;
    return { day, value: Number(fromScaled(running, 4)) };
  });
}
