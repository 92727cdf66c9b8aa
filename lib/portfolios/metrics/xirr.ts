import { buildXirrSchedule, buildXirrScheduleOfDays, utcDay, type XirrSchedule } from "./build-xirr-schedule";
import { countAmountSignChanges, evaluateBalance, evaluateNpv } from "./evaluate-npv";
import { newtonRoot, scanRoots } from "./find-npv-roots";

/** A dated cash flow: negative = money paid in (a capital call, a fee), positive = money received (a distribution, the NAV as of its date). Dates are UTC midnights. */
export type XirrFlow = { date: Date; amount: number };

/**
 * The annual rate at which the flows' net present value is 0, or why there is none. `alsoFits`
 * lists the other rates that fit as well (ascending), which happens only when money goes in and out
 * more than once; a page shows them as a note, since then no single rate tells the whole story.
 */
export type XirrResult = { kind: "rate"; rate: number; alsoFits: number[] } | { kind: "undefined"; reason: string };

/** Excel's default guess. */
const DEFAULT_GUESS = 0.1;
/** How far either side of a rate found the search for others starts, in ln(1+rate): rates closer than this are the same rate. */
const SAME_RATE_LOG = 1e-6;
const TOO_FEW = "A rate of return needs at least two cash flows.";
const INVALID = "A cash flow has no valid date or amount.";

/**
 * XIRR as Excel defines it: the rate r with Σ amount_i / (1+r)^((d_i − d_0)/365) = 0, d_0 the
 * earliest date. Newton from the guess first (default 0.1, as in Excel); when Newton fails or
 * leaves (−1, ∞), a walk outwards from the guess, as far as −100% + 1e-12 and 1e20, for sign
 * changes of NPV, each refined inside its bracket.
 *
 * Which root is "the" rate when several fit: the one Newton reaches from the guess, else the
 * one nearest the guess. Excel iterates from the guess too, so this is normally the figure an
 * investor checking our number in a spreadsheet finds; the others go in `alsoFits` rather than
 * being hidden. Whether there can be others is decided cheaply (Descartes' rule on the flows, then the
 * sign changes of the balance discounted at the rate found), so the usual fund, paid in first and
 * paid out later, costs Newton's few passes over the flows and nothing more.
 */
export function xirr(flows: readonly XirrFlow[], options: { guess?: number } = {}): XirrResult {
  if (flows.length < 2) return notDefined(TOO_FEW);
  const schedule = buildXirrSchedule(flows);
  if (!schedule) return notDefined(INVALID);
  return solve(schedule, () => flows.every((flow) => utcDay(flow.date) === utcDay(flows[0]!.date)), options);
}

/**
 * xirr over the first `count` flows given as days since 1970 and amounts, the same answer as xirr
 * over the same flows as Dates: for a caller that parsed its ledger once (no Date or object per flow).
 */
export function xirrOfDays(days: Int32Array, amounts: Float64Array, count: number, options: { guess?: number } = {}): XirrResult {
  if (count < 2) return notDefined(TOO_FEW);
  const schedule = buildXirrScheduleOfDays(days, amounts, count);
  if (!schedule) return notDefined(INVALID);
  return solve(
    schedule,
    () => {
      for (let i = 1; i < count; i += 1) if (days[i] !== days[0]) return false;
      return true;
    },
    options,
  );
}

function solve(schedule: XirrSchedule, allOnOneDay: () => boolean, options: { guess?: number }): XirrResult {
  if (schedule.amounts.length === 0) return notDefined("All cash flows are zero, so there is no return to measure.");
  if (schedule.amounts.length === 1 && allOnOneDay()) return notDefined("All cash flows fall on one day, so no time passes for a return to accrue.");
  const paidIn = schedule.amounts.some((amount) => amount < 0);
  const received = schedule.amounts.some((amount) => amount > 0);
  if (!received)
    return notDefined("No rate of return exists: the cash flows never change sign. Money went in and nothing came back, as in a total loss (its multiple shows it).");
  if (!paidIn) return notDefined("No rate of return exists: the cash flows never change sign. Money came out but none went in.");

  const guess = options.guess !== undefined && Number.isFinite(options.guess) && options.guess > -1 ? options.guess : DEFAULT_GUESS;
  const signChanges = countAmountSignChanges(schedule);
  const newton = newtonRoot(schedule, guess);
  if (newton !== null) return { kind: "rate", rate: newton, alsoFits: signChanges > 1 ? otherRoots(schedule, newton) : [] };

  // Newton failed: walk out from the guess both ways, as far as a root may lie.
  const start = evaluateBalance(schedule, guess);
  const roots = [
    ...(start.below > 0 ? scanRoots(schedule, { rate: guess, sign: start.sign }, -1) : []),
    ...(start.above > 0 ? scanRoots(schedule, { rate: guess, sign: start.sign }, 1) : []),
  ];
  if (roots.length === 0)
    return notDefined(
      signChanges > 1
        ? `No rate of return fits these cash flows: they change direction ${signChanges} times, and no rate between −99.9999999999% and 1e20 brings their net present value to zero.`
        : "The rate of return is out of range: above 1e20, or within 1e-12 of −100%.",
    );
  const primary = roots.reduce((best, root) => (Math.abs(root - guess) < Math.abs(best - guess) ? root : best));
  return { kind: "rate", rate: primary, alsoFits: roots.filter((root) => root !== primary).sort((a, b) => a - b) };
}

/** The other roots, looked for only on a side of `root` where the discounted balance says one may be. */
function otherRoots(schedule: XirrSchedule, root: number): number[] {
  const { above, below } = evaluateBalance(schedule, root);
  if (above === 0 && below === 0) return [];
  const log = Math.log1p(root);
  // Just above a simple root NPV has the sign of its slope, just below the opposite one.
  const slopeSign = Math.sign(evaluateNpv(schedule, root).slope);
  return [
    ...(below > 0 ? scanRoots(schedule, { rate: Math.expm1(log - SAME_RATE_LOG), sign: -slopeSign }, -1) : []),
    ...(above > 0 ? scanRoots(schedule, { rate: Math.expm1(log + SAME_RATE_LOG), sign: slopeSign }, 1) : []),
  ].sort((a, b) => a - b);
}

function notDefined(reason: string): XirrResult {
  return { kind: "undefined", reason };
}
