/**
 * The cash flows XIRR solves over, in the shape its inner loop wants: one entry per day with a
 * non-zero net amount, in date order, each with its year fraction precomputed once. Summing the
 * flows of one day changes no rate (a flow's discount factor depends only on its date) and leaves
 * at most one entry per calendar day, so 20,000 ledger lines over 20 years become at most ~7,300.
 */
export type XirrSchedule = {
  /** (day − first day) / 365, ascending, the first 0: Excel's actual/365 year fractions. */
  years: Float64Array;
  /** Net amount of each day: negative = paid in, positive = received; never 0. */
  amounts: Float64Array;
};

const DAY_MS = 86_400_000;
/** Excel's XIRR discounts every payment on a 365-day year, leap years included. */
export const DAYS_PER_YEAR = 365;
/** A day whose flows cancel to within this fraction of their size nets to nothing (0.1 + 0.2 − 0.3 is 5.5e-17 in floating point). */
const NETS_TO_ZERO = 1e-12;

type Flow = { date: Date; amount: number };

/** Dates count by UTC day; a time of day is dropped, as Excel truncates date serials. */
export const utcDay = (date: Date) => Math.floor(date.getTime() / DAY_MS);

/** null when a date or an amount is not a finite number. */
export function buildXirrSchedule(flows: readonly Flow[]): XirrSchedule | null {
  const count = flows.length;
  // Read each flow once, into typed arrays: reading 20,000 objects and their Dates is the costliest step of the whole solve.
  const { days, amounts } = scratchFlows(count);
  for (let i = 0; i < count; i += 1) {
    const flow = flows[i]!;
    const day = utcDay(flow.date);
    if (!Number.isFinite(day)) return null;
    days[i] = day;
    amounts[i] = flow.amount;
  }
  return buildXirrScheduleOfDays(days, amounts, count);
}

/**
 * The same from flows already read into arrays (days since 1970, amounts), the first `count` of
 * them: for a caller that parsed its ledger once and solves many subsets of it. null when an amount
 * is not a finite number. Neither array is written to.
 */
export function buildXirrScheduleOfDays(days: Int32Array, amounts: Float64Array, count: number): XirrSchedule | null {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let inDayOrder = true;
  for (let i = 0; i < count; i += 1) {
    if (!Number.isFinite(amounts[i]!)) return null;
    const day = days[i]!;
    if (day < lastDay) inDayOrder = false;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  if (inDayOrder) return netInDayOrder(days, amounts, count, null);
  if (count <= FEW_FLOWS) return netInDayOrder(days, amounts, count, insertionOrder(days, count));
  const span = lastDay - firstDay + 1;
  return span <= count * 8 + MAX_BUCKETS_ANYWAY ? netByBucket(days, amounts, count, firstDay, span) : netBySorting(days, amounts, count);
}

/** Below this many days (~180 years) a bucket per day costs less than sorting, whatever the number of flows. */
const MAX_BUCKETS_ANYWAY = 65_536;
/**
 * Up to this many flows out of day order (a holding's ledger with its NAV appended, dated before
 * its last distribution) an insertion sort costs less than a bucket per day of the years they span.
 */
const FEW_FLOWS = 64;

/**
 * Flows in day order (`order`, or as given), each day's summed in that order: one pass. The same
 * sums as a bucket per day (a day's flows are added in the order given, from 0), without a pass
 * over every calendar day between the first flow and the last.
 */
function netInDayOrder(days: Int32Array, amounts: Float64Array, count: number, order: Int32Array | null): XirrSchedule {
  const { net, gross, dayOf } = scratchRuns(count);
  let runs = 0;
  for (let k = 0; k < count; k += 1) {
    const i = order === null ? k : order[k]!;
    const amount = amounts[i]!;
    if (runs === 0 || dayOf[runs - 1] !== days[i]) {
      dayOf[runs] = days[i]!;
      net[runs] = 0;
      gross[runs] = 0;
      runs += 1;
    }
    net[runs - 1] += amount;
    gross[runs - 1] += Math.abs(amount);
  }
  return compact(net, gross, runs, dayOf);
}

/** The flows' positions in day order, a day's flows in the order given (insertion sort: stable, and linear on flows nearly in order). */
function insertionOrder(days: Int32Array, count: number): Int32Array {
  const order = scratchOrder(count);
  for (let i = 0; i < count; i += 1) {
    const day = days[i]!;
    let j = i;
    for (; j > 0 && days[order[j - 1]!]! > day; j -= 1) order[j] = order[j - 1]!;
    order[j] = i;
  }
  return order;
}

/** One bucket per calendar day, in any input order: no sort, one pass over the flows and one over the days. */
function netByBucket(days: Int32Array, amounts: Float64Array, count: number, firstDay: number, span: number): XirrSchedule {
  const { net, gross } = scratchBuckets(span);
  for (let i = 0; i < count; i += 1) {
    const amount = amounts[i]!;
    const bucket = days[i]! - firstDay;
    net[bucket] += amount;
    gross[bucket] += Math.abs(amount);
  }
  return compact(net, gross, span, null);
}

/** Flows spread so thinly over centuries that buckets would be mostly empty: sort them instead. */
function netBySorting(days: Int32Array, amounts: Float64Array, count: number): XirrSchedule {
  const order = Uint32Array.from(days.subarray(0, count).keys()).sort((a, b) => days[a]! - days[b]!);
  const net: number[] = [];
  const gross: number[] = [];
  const dayOf: number[] = [];
  for (const index of order) {
    const amount = amounts[index]!;
    if (dayOf.at(-1) !== days[index]) {
      dayOf.push(days[index]!);
      net.push(0);
      gross.push(0);
    }
    net[net.length - 1] += amount;
    gross[gross.length - 1] += Math.abs(amount);
  }
  return compact(net, gross, net.length, dayOf);
}

/** The days whose flows do not cancel out, with their year fractions from the first of them. Position p is day dayOf[p], or day p of the buckets. */
function compact(net: ArrayLike<number>, gross: ArrayLike<number>, length: number, dayOf: ArrayLike<number> | null): XirrSchedule {
  // A zero flow moves no NPV at any rate; the first day that counts anchors the year fractions (which day does cannot move a root).
  let kept = 0;
  for (let position = 0; position < length; position += 1) if (Math.abs(net[position]!) > gross[position]! * NETS_TO_ZERO) kept += 1;
  const years = new Float64Array(kept);
  const amounts = new Float64Array(kept);
  let firstDay = Number.NaN;
  for (let position = 0, next = 0; position < length; position += 1) {
    if (!(Math.abs(net[position]!) > gross[position]! * NETS_TO_ZERO)) continue;
    const day = dayOf === null ? position : dayOf[position]!;
    if (next === 0) firstDay = day;
    years[next] = (day - firstDay) / DAYS_PER_YEAR;
    amounts[next] = net[position]!;
    next += 1;
  }
  return { years, amounts };
}

/**
 * Working arrays, reused from one call to the next (JavaScript runs one solve at a time): a
 * 20,000-flow solve would otherwise allocate ~350 KB each time, and the collector's pauses showed
 * in the bench's p95. Only the schedule itself is new each time.
 */
let flowDays = new Int32Array(0);
let flowAmounts = new Float64Array(0);
let bucketNet = new Float64Array(0);
let bucketGross = new Float64Array(0);
let runNet = new Float64Array(0);
let runGross = new Float64Array(0);
let runDays = new Int32Array(0);
let runOrder = new Int32Array(0);

/** Days since 1970 as integers (a Date's range, ±100 million days, fits), so they index the buckets as integers. */
function scratchFlows(count: number): { days: Int32Array; amounts: Float64Array } {
  if (flowDays.length < count) [flowDays, flowAmounts] = [new Int32Array(2 * count), new Float64Array(2 * count)];
  return { days: flowDays, amounts: flowAmounts };
}

function scratchBuckets(span: number): { net: Float64Array; gross: Float64Array } {
  if (bucketNet.length < span) [bucketNet, bucketGross] = [new Float64Array(2 * span), new Float64Array(2 * span)];
  return { net: bucketNet.fill(0, 0, span), gross: bucketGross.fill(0, 0, span) };
}

function scratchRuns(count: number): { net: Float64Array; gross: Float64Array; dayOf: Int32Array } {
  if (runNet.length < count) [runNet, runGross, runDays] = [new Float64Array(2 * count), new Float64Array(2 * count), new Int32Array(2 * count)];
  return { net: runNet, gross: runGross, dayOf: runDays };
}

function scratchOrder(count: number): Int32Array {
  if (runOrder.length < count) runOrder = new Int32Array(2 * count);
  return runOrder;
}
