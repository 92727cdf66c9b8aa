import { formatRatio, unitsToNumber } from "./fixed-point";
import { FLOW_ROLE, type ParsedFlows } from "./parse-flows";
import { type XirrResult, xirrOfDays } from "./xirr";

/** A NAV as summarizeParsedFlows reads it: its day since 1970 and its value in units. */
export type NavUnits = { day: number; units: bigint };

/** summarizeFlows' figures in units, the multiples as Decimal would print them; the gross IRR only when asked for. */
export type ParsedFlowSummary = {
  paidIn: bigint;
  fees: bigint;
  distributed: bigint;
  nav: bigint;
  /** The first and last cash flow's days; NaN when there is none. */
  firstCashDay: number;
  lastCashDay: number;
  netIrr: XirrResult;
  grossIrr: XirrResult | null;
};

/** A run of a parsed ledger's flows: slots `start` to `end` (excluded), one holding's of several parsed together (parseFlowLists), or all. */
export type FlowSelection = { start: number; end: number };

/**
 * summarizeFlows over the selected flows of a parsed ledger, to the same figures: the same sums
 * (exact, in units), the same flows in the same order to xirr (an amount's double is what
 * Decimal's toNumber() gave, the NAV last). Valuations are skipped here as computeLedgerMetrics
 * filtered them out; the NAV comes in as `nav`.
 */
export function summarizeParsedFlows(ledger: ParsedFlows, selection: FlowSelection, nav: NavUnits | null, withGross: boolean): ParsedFlowSummary {
  const { roles, days, units } = ledger;
  const { start, end } = selection;
  const scratch = scratchFlows(end - start + 1);
  let paidIn = 0;
  let fees = 0;
  let distributed = 0;
  // While the sum of the amounts' sizes stays within 2^53, every partial sum is an integer a double holds exactly.
  let size = 0;
  let netCount = 0;
  let grossCount = 0;
  let firstCashDay = Number.POSITIVE_INFINITY;
  let lastCashDay = Number.NEGATIVE_INFINITY;
  for (let i = start; i < end; i += 1) {
    const role = roles[i]!;
    if (role === FLOW_ROLE.valuation) continue;
    const day = days[i]!;
    const amount = units[i]!;
    if (day < firstCashDay) firstCashDay = day;
    if (day > lastCashDay) lastCashDay = day;
    size += Math.abs(amount);
    const value = amount / 10_000;
    if (role === FLOW_ROLE.paidIn) {
      paidIn += amount;
      if (withGross) (scratch.grossDays[grossCount] = day), (scratch.grossAmounts[grossCount++] = -value);
      (scratch.netDays[netCount] = day), (scratch.netAmounts[netCount++] = -value);
    } else if (role === FLOW_ROLE.fee) {
      fees += amount;
      (scratch.netDays[netCount] = day), (scratch.netAmounts[netCount++] = -value);
    } else {
      distributed += amount;
      if (withGross) (scratch.grossDays[grossCount] = day), (scratch.grossAmounts[grossCount++] = value);
      (scratch.netDays[netCount] = day), (scratch.netAmounts[netCount++] = value);
    }
  }
  if (nav) {
    const value = unitsToNumber(nav.units);
    if (withGross) (scratch.grossDays[grossCount] = nav.day), (scratch.grossAmounts[grossCount++] = value);
    (scratch.netDays[netCount] = nav.day), (scratch.netAmounts[netCount++] = value);
  }
  const sums = size <= Number.MAX_SAFE_INTEGER ? { paidIn: BigInt(paidIn), fees: BigInt(fees), distributed: BigInt(distributed) } : bigSums(ledger, selection);
  return {
    ...sums,
    nav: nav?.units ?? 0n,
    firstCashDay: firstCashDay === Number.POSITIVE_INFINITY ? Number.NaN : firstCashDay,
    lastCashDay: lastCashDay === Number.NEGATIVE_INFINITY ? Number.NaN : lastCashDay,
    netIrr: xirrOfDays(scratch.netDays, scratch.netAmounts, netCount),
    grossIrr: withGross ? xirrOfDays(scratch.grossDays, scratch.grossAmounts, grossCount) : null,
  };
}

/** The sums in BigInt, for a ledger whose amounts add up beyond what a double holds exactly (~900 billion). */
function bigSums(ledger: ParsedFlows, { start, end }: FlowSelection): { paidIn: bigint; fees: bigint; distributed: bigint } {
  const sums = { paidIn: 0n, fees: 0n, distributed: 0n };
  for (let i = start; i < end; i += 1) {
    const role = ledger.roles[i]!;
    if (role === FLOW_ROLE.paidIn) sums.paidIn += BigInt(ledger.units[i]!);
    else if (role === FLOW_ROLE.fee) sums.fees += BigInt(ledger.units[i]!);
    else if (role === FLOW_ROLE.distributed) sums.distributed += BigInt(ledger.units[i]!);
  }
  return sums;
}

/** computeMultiples' ratios as Decimal printed them with toFixed(4): null when nothing (or less than nothing) was paid in. */
export function formatMultiples(paidIn: bigint, distributed: bigint, nav: bigint): { moic: string | null; tvpi: string | null; dpi: string | null; rvpi: string | null } {
  if (paidIn <= 0n) return { moic: null, tvpi: null, dpi: null, rvpi: null };
  const totalValue = formatRatio(distributed + nav, paidIn);
  return { moic: totalValue, tvpi: totalValue, dpi: formatRatio(distributed, paidIn), rvpi: formatRatio(nav, paidIn) };
}

/** The net MOIC alone, for a holdings table that shows no other multiple. */
export function formatTotalValueMultiple(paidIn: bigint, distributed: bigint, nav: bigint): string | null {
  return paidIn <= 0n ? null : formatRatio(distributed + nav, paidIn);
}

/**
 * The flows handed to xirr, reused from one summary to the next (JavaScript runs one at a time):
 * a portfolio's 500 holdings would otherwise allocate four arrays each.
 */
let scratch = newScratch(0);

function newScratch(size: number) {
  return { netDays: new Int32Array(size), netAmounts: new Float64Array(size), grossDays: new Int32Array(size), grossAmounts: new Float64Array(size) };
}

function scratchFlows(size: number) {
  if (scratch.netDays.length < size) scratch = newScratch(2 * size);
  return scratch;
}
