import type { XirrSchedule } from "./build-xirr-schedule";

/**
 * Net present value and its slope in the rate, for the root finders. At a rate below 0 the value
 * is the NPV carried forward to the last date, (1+rate)^T times the NPV: a positive multiple with
 * the same sign and roots, whose factors (1+rate)^(T−t) never exceed 1, so a rate near −100% over
 * decades cannot overflow (−99.9999999999% over 30 years would discount by e^830). At or above 0
 * it is the NPV itself, for the same reason.
 */
export type NpvPoint = { value: number; slope: number };

export function evaluateNpv(schedule: XirrSchedule, rate: number): NpvPoint {
  const { years, amounts } = schedule;
  const logGrowth = Math.log1p(rate);
  const anchor = rate < 0 ? years[years.length - 1]! : 0;
  let value = 0;
  let slope = 0;
  for (let i = 0; i < years.length; i += 1) {
    const exponent = anchor - years[i]!;
    const term = amounts[i]! * Math.exp(exponent * logGrowth);
    value += term;
    slope += exponent * term;
  }
  return { value, slope: slope / (1 + rate) };
}

/** NPV's sign at a rate, and at most how many other roots lie above it and below it. */
export type BalancePoint = { sign: number; above: number; below: number };

/** Scratch for the running balance, reused: the scans call this hundreds of times, and JavaScript is single-threaded. */
let balances = new Float64Array(0);

/**
 * NPV's sign at `rate`, and how many roots there can be above it and below it: the sign changes
 * of the running balance of the flows discounted at `rate`, read forwards for the roots above and
 * backwards for those below. For r' = (1+rate)(1+u) − 1 above `rate`, NPV(r') is x times the
 * Laplace transform at x = ln(1+u) of that balance as a step function of time (below, the same
 * with time reversed), and the transform has no more zeros than the balance has sign changes (the
 * variation-diminishing property of the exponential kernel; at rate = 0 this is Norstrom's
 * criterion). At a root the balance ends at 0, and a fund that paid in first and got paid later
 * keeps it negative throughout, so both counts are 0 and the rate is proven the only one, for one
 * pass.
 */
export function evaluateBalance(schedule: XirrSchedule, rate: number): BalancePoint {
  const { years, amounts } = schedule;
  if (balances.length < years.length) balances = new Float64Array(years.length);
  const logGrowth = Math.log1p(rate);
  // The anchor multiplies every term by the same positive factor, which changes no sign.
  const anchor = rate < 0 ? years[years.length - 1]! : 0;
  let total = 0;
  let scale = 0;
  for (let i = 0; i < years.length; i += 1) {
    const term = amounts[i]! * Math.exp((anchor - years[i]!) * logGrowth);
    total += term;
    scale += Math.abs(term);
    balances[i] = total;
  }
  // A balance within rounding of 0 has no sign: at a root the last one is 0, and reading noise as a sign could only add changes.
  const noise = scale * 1e-9;
  let above = 0;
  let below = 0;
  let forwardSign = 0;
  let backwardSign = 0;
  for (let i = 0; i < years.length; i += 1) {
    // Read backwards, the balance from flow i to the end is the total less what came before it.
    const forward = balances[i]!;
    const backward = total - (i === 0 ? 0 : balances[i - 1]!);
    if (Math.abs(forward) > noise) {
      if (forwardSign !== 0 && Math.sign(forward) !== forwardSign) above += 1;
      forwardSign = Math.sign(forward);
    }
    if (Math.abs(backward) > noise) {
      if (backwardSign !== 0 && Math.sign(backward) !== backwardSign) below += 1;
      backwardSign = Math.sign(backward);
    }
  }
  return { sign: Math.sign(total), above, below };
}

/** Descartes' rule of signs (Laguerre's form, for real exponents): NPV has at most this many roots in (−1, ∞). */
export function countAmountSignChanges(schedule: XirrSchedule): number {
  let changes = 0;
  for (let i = 1; i < schedule.amounts.length; i += 1) if (schedule.amounts[i]! > 0 !== schedule.amounts[i - 1]! > 0) changes += 1;
  return changes;
}
