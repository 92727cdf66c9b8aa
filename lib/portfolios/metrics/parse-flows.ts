import { parseUnits } from "./fixed-point";

/** What a ledger line is to the metrics: money paid in, a fee paid on top, money received, or a NAV mark (not cash). */
export const FLOW_ROLE = { paidIn: 0, fee: 1, distributed: 2, valuation: 3 } as const;

type LedgerLine = { kind: string; day: string; amountBase: string };

/**
 * A ledger read once into arrays, a slot per flow in the order given: what every metric of the
 * portfolio and of each of its holdings reads, instead of a Decimal, a Date and an object per flow
 * per computation (at 20,000 flows and 500 holdings those were most of the page's server time).
 */
export type ParsedFlows = {
  count: number;
  roles: Uint8Array;
  /** Days since 1970-01-01, as Date.UTC counts them. */
  days: Int32Array;
  /** Amounts in units of 0.0001 (fixed-point.ts): integers, exact in a double. */
  units: Float64Array;
  /** The flows parsed, for their day texts. */
  source: readonly { day: string }[];
};

/**
 * null when a flow is not what the ledger stores (a kind it does not know, a day not in YYYY-MM-DD,
 * an amount not a plain decimal of at most 4 places or beyond 2^53 units): the caller then computes
 * with Prisma.Decimal and Dates as before, with whatever they make of it.
 */
export function parseFlows(flows: readonly LedgerLine[]): ParsedFlows | null {
  return parseFlowLists([flows])?.parsed ?? null;
}

/** Several ledgers (each holding's) parsed one after the other into one: list i's flows are slots starts[i] to starts[i + 1] (excluded). */
export function parseFlowLists(lists: readonly (readonly LedgerLine[])[]): { parsed: ParsedFlows; starts: Int32Array } | null {
  const starts = new Int32Array(lists.length + 1);
  for (let list = 0; list < lists.length; list += 1) starts[list + 1] = starts[list]! + lists[list]!.length;
  const count = starts[lists.length]!;
  const roles = new Uint8Array(count);
  const days = new Int32Array(count);
  const units = new Float64Array(count);
  const source: LedgerLine[] = lists.length === 1 ? (lists[0] as LedgerLine[]) : new Array<LedgerLine>(count);
  let i = 0;
  for (const flows of lists)
    for (const flow of flows) {
      const role = roleOf(flow.kind);
      const day = parseDay(flow.day);
      const amount = parseUnits(flow.amountBase);
      if (role < 0 || Number.isNaN(day) || Number.isNaN(amount)) return null;
      roles[i] = role;
      days[i] = day;
      units[i] = amount;
      if (lists.length !== 1) source[i] = flow;
      i += 1;
    }
  return { parsed: { count, roles, days, units, source }, starts };
}

/** The role of a ledger kind, -1 for a kind the metrics do not know. The kinds differ in length, so one comparison tells each. */
function roleOf(kind: string): number {
  switch (kind.length) {
    case 12:
      return kind === "capital_call" ? FLOW_ROLE.paidIn : -1;
    case 3:
      return kind === "fee" ? FLOW_ROLE.fee : -1;
    case 19:
      return kind === "distribution_income" ? FLOW_ROLE.distributed : -1;
    case 30:
      return kind === "distribution_return_of_capital" ? FLOW_ROLE.distributed : -1;
    case 13:
      return kind === "exit_proceeds" ? FLOW_ROLE.distributed : -1;
    case 9:
      return kind === "valuation" ? FLOW_ROLE.valuation : -1;
    default:
      return -1;
  }
}

/** "2024-02-29" as days since 1970-01-01 (Date.parse of its UTC midnight / 86,400,000), NaN unless a real day written YYYY-MM-DD. */
export function parseDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** NaN unless every character is a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar JavaScript's Date uses (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
