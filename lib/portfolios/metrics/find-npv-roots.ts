import type { XirrSchedule } from "./build-xirr-schedule";
import { evaluateBalance, evaluateNpv } from "./evaluate-npv";

/** Newton stops when a step moves the rate by less than this (relative above 1, absolute below): well inside the 1e-6 the figures are shown to. */
const TOLERANCE = 1e-12;
const MAX_NEWTON_STEPS = 50;
const MAX_BRACKET_STEPS = 200;

/**
 * Newton's method from `guess`, as spreadsheets do it: quadratic near a root, and from a sensible
 * guess it reaches the root a spreadsheet user would check against. null when it stalls, leaves
 * (−1, ∞) or runs out of steps; the caller then scans.
 */
export function newtonRoot(schedule: XirrSchedule, guess: number): number | null {
  let rate = guess;
  for (let step = 0; step < MAX_NEWTON_STEPS; step += 1) {
    const { value, slope } = evaluateNpv(schedule, rate);
    if (value === 0) return rate;
    if (!Number.isFinite(value) || !Number.isFinite(slope) || slope === 0) return null;
    const next = rate - value / slope;
    if (!(next > -1) || !Number.isFinite(next)) return null;
    if (Math.abs(next - rate) <= TOLERANCE * Math.max(1, Math.abs(next))) return next;
    rate = next;
  }
  return null;
}

/**
 * The root inside [low, high], where NPV changes sign: Newton steps while they stay inside the
 * bracket, bisection when one would leave it, the bracket shrinking every step (a safeguarded
 * Newton, "rtsafe"). Always converges, and as fast as Newton near the root. `lowSign` is NPV's
 * sign at `low`, known to the caller (just beside another root, evaluating it would read noise).
 */
export function bracketedRoot(schedule: XirrSchedule, low: number, high: number, lowSign: number): number {
  let rate = (low + high) / 2;
  for (let step = 0; step < MAX_BRACKET_STEPS; step += 1) {
    const { value, slope } = evaluateNpv(schedule, rate);
    if (value === 0) return rate;
    if (Math.sign(value) === lowSign) low = rate;
    else high = rate;
    const newton = rate - value / slope;
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - rate) <= TOLERANCE * Math.max(1, Math.abs(next)) || high - low <= TOLERANCE * Math.max(1, Math.abs(high))) return next;
    rate = next;
  }
  return rate;
}

/** The scan's ends, in ln(1+rate): from −100% + 1e-12 to 1e20. */
const LOWEST_LOG = Math.log(1e-12);
const HIGHEST_LOG = Math.log1p(1e20);

/**
 * The scan's step in ln(1+rate) at `log`. NPV's terms e^(−t·ln(1+rate)) turn on a scale of 1/T,
 * T the years from the first flow to the last, which is roughly how close two of its roots can
 * sit (the cubic of the tests over 90 years has roots 1.3% apart): a quarter of it, at most 5% of
 * (1+rate), at least 0.1%, and growing in proportion beyond +172% or −63% (|ln(1+rate)| > 1),
 * where rates that close matter less. Two roots closer than a step may go unseen.
 */
function stepAt(log: number, horizonYears: number): number {
  return Math.min(0.05, Math.max(0.001, 0.25 / horizonYears)) * Math.max(1, Math.abs(log));
}

/**
 * Every rate beyond `start` (upwards or downwards, as `direction` says) where NPV changes sign
 * between two scan points, refined to full precision. `start.sign` is NPV's sign just beyond the
 * start. The walk stops where the discounted balance proves no root lies further on, which for a
 * ledger of one or two reversals is soon.
 */
export function scanRoots(schedule: XirrSchedule, start: { rate: number; sign: number }, direction: 1 | -1): number[] {
  const horizonYears = schedule.years[schedule.years.length - 1]!;
  const roots: number[] = [];
  let previous = start;
  for (let log = Math.log1p(start.rate); direction === 1 ? log < HIGHEST_LOG : log > LOWEST_LOG; ) {
    log = direction === 1 ? Math.min(HIGHEST_LOG, log + stepAt(log, horizonYears)) : Math.max(LOWEST_LOG, log - stepAt(log, horizonYears));
    const rate = Math.expm1(log);
    const point = evaluateBalance(schedule, rate);
    if (point.sign === 0) roots.push(rate);
    else if (previous.sign !== 0 && point.sign !== previous.sign) {
      const [low, high] = direction === 1 ? [previous, { rate, sign: point.sign }] : [{ rate, sign: point.sign }, previous];
      roots.push(bracketedRoot(schedule, low.rate, high.rate, low.sign));
    }
    previous = { rate, sign: point.sign };
    if ((direction === 1 ? point.above : point.below) === 0) break;
  }
  return roots;
}
