import { fromScaled, toScaled } from "@/lib/fx/fx-decimal";
import type { BaseFlow } from "./ledger-metrics";
import { unitsToNumber } from "./metrics/fixed-point";
import { FLOW_ROLE, type ParsedFlows } from "./metrics/parse-flows";
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

/**
 * navSeries over the holdings' ledgers parsed together (parseFlowLists): holding h's flows are
 * slots starts[h] to starts[h + 1], its exit day (if any) a day number with its text.
 */
export function parsedNavSeries(parsed: ParsedFlows, starts: Int32Array, exits: readonly ({ day: number; text: string } | null)[]): SeriesPoint[] {
  // A change is a mark (its flow's position) or an exit (-1 - its holding), in navSeries' order before sorting.
  const changes: number[] = [];
  const changeDays: number[] = [];
  const changeHoldings: number[] = [];
  for (let holding = 0; holding < exits.length; holding += 1) {
    for (let i = starts[holding]!; i < starts[holding + 1]!; i += 1) {
      if (parsed.roles[i] !== FLOW_ROLE.valuation) continue;
      changes.push(i);
      changeDays.push(parsed.days[i]!);
      changeHoldings.push(holding);
    }
    const exit = exits[holding];
    if (exit) {
      changes.push(-1 - holding);
      changeDays.push(exit.day);
      changeHoldings.push(holding);
    }
  }
  // Stable, as navSeries' sort: a holding's marks of one day keep the ledger's order, so the last recorded is the one that stands.
  const order = Array.from(changes.keys()).sort((a, b) => changeDays[a]! - changeDays[b]! || a - b);
  const marks: (bigint | null)[] = exits.map(() => null);
  const exited = exits.map(() => false);
  const points: SeriesPoint[] = [];
  let total = 0n;
  for (let k = 0; k < order.length; k += 1) {
    const change = order[k]!;
    const holding = changeHoldings[change]!;
    const held = marks[holding]!;
    const flow = changes[change]!;
    if (flow < 0) {
      if (!exited[holding] && held !== null) total -= held;
      exited[holding] = true;
    } else {
      const mark = BigInt(parsed.units[flow]!);
      if (!exited[holding]) total += mark - (held ?? 0n);
      marks[holding] = mark;
    }
    const next = order[k + 1];
    if (next === undefined || changeDays[next] !== changeDays[change])
      points.push({ day: flow < 0 ? exits[holding]!.text : parsed.source[flow]!.day, value: unitsToNumber(total) });
  }
  return points;
}

/** jCurveSeries over a parsed ledger. */
export function parsedJCurveSeries(parsed: ParsedFlows): SeriesPoint[] {
  const { roles, days, units } = parsed;
  const cash: number[] = [];
  let inDayOrder = true;
  for (let i = 0; i < parsed.count; i += 1) {
    if (roles[i] === FLOW_ROLE.valuation) continue;
    if (cash.length > 0 && days[i]! < days[cash[cash.length - 1]!]!) inDayOrder = false;
    cash.push(i);
  }
  // A ledger comes in day order; anything else is put in it (a day's total does not depend on the order of its flows).
  if (!inDayOrder) cash.sort((a, b) => days[a]! - days[b]!);
  const points: SeriesPoint[] = [];
  let running = 0n;
  for (let k = 0; k < cash.length; k += 1) {
    const i = cash[k]!;
    const amount = BigInt(units[i]!);
    running += roles[i] === FLOW_ROLE.distributed ? amount : -amount;
    const next = cash[k + 1];
    if (next === undefined || days[next] !== days[i]) points.push({ day: parsed.source[i]!.day, value: unitsToNumber(running) });
  }
  return points;
}
