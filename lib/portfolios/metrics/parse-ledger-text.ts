import { formatDay, FIRST_PRINTABLE_DAY, LAST_PRINTABLE_DAY } from "./format-day";
import { FLOW_ROLE, type ParsedFlows } from "./parse-flows";

/** The kind codes load-portfolio-flows.ts' statement writes (capital_call 0, fee 1, the three distributions 2-4, valuation 5), as roles. */
const ROLE_OF_CODE = [FLOW_ROLE.paidIn, FLOW_ROLE.fee, FLOW_ROLE.distributed, FLOW_ROLE.distributed, FLOW_ROLE.distributed, FLOW_ROLE.valuation];
/** parseUnits' bound: the largest whole part whose units, with any 4 places, stay within 2^53. */
const MAX_WHOLE = Math.floor((Number.MAX_SAFE_INTEGER - 9_999) / 10_000);

/** A ledger parsed (ParsedFlows), with each slot's holding as its position in the statement's list of holdings. */
export type HoldingLedger = { ledger: ParsedFlows; holdingOf: Int32Array };

/**
 * The flows as load-portfolio-flows.ts' statement prints them, "code day amount" per flow, all
 * separated by single spaces: code is holding position * 8 + kind code, day the days since
 * 1970-01-01, amount the NUMERIC(19,4) text. Read in one pass straight into arrays, where a line
 * per flow split into strings and objects, then parsed again, cost most of the page's loading.
 * null for anything parseFlows would refuse (an amount beyond 2^53 units, a day to_char would not
 * print as YYYY-MM-DD), or text not in this shape: the caller then reads the ledger as before.
 */
export function parseLedgerText(text: string, count: number): HoldingLedger | null {
  const roles = new Uint8Array(count);
  const days = new Int32Array(count);
  const units = new Float64Array(count);
  const holdingOf = new Int32Array(count);
  const length = text.length;
  let at = 0;
  // Each token ends at a space or at the end of the text; NaN for anything but an integer.
  const readInteger = () => {
    const negative = text.charCodeAt(at) === 45;
    if (negative) at += 1;
    const start = at;
    let value = 0;
    for (; at < length; at += 1) {
      const digit = text.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    return at === start || at - start > 15 ? Number.NaN : negative ? -value : value;
  };
  const skipSpace = () => (at < length && text.charCodeAt(at) === 32 ? ((at += 1), true) : false);
  for (let i = 0; i < count; i += 1) {
    const code = readInteger();
    if (!(code >= 0) || !skipSpace()) return null;
    const role = ROLE_OF_CODE[code % 8];
    const day = readInteger();
    if (role === undefined || !(day >= FIRST_PRINTABLE_DAY && day <= LAST_PRINTABLE_DAY) || !skipSpace()) return null;
    const amount = readAmount();
    if (Number.isNaN(amount) || (i < count - 1 && !skipSpace())) return null;
    roles[i] = role;
    days[i] = day;
    units[i] = amount;
    holdingOf[i] = Math.floor(code / 8);
  }
  if (at !== length) return null;
  return { ledger: { count, roles, days, units, source: dayTexts(days) }, holdingOf };

  /** NUMERIC(19,4)'s text ("-12.3400") as units, as parseUnits reads it: NaN beyond 2^53 units or in another shape. */
  function readAmount(): number {
    const negative = text.charCodeAt(at) === 45;
    const whole = readInteger();
    if (Number.isNaN(whole) || text.charCodeAt(at) !== 46) return Number.NaN;
    at += 1;
    const start = at;
    let fraction = 0;
    for (; at < start + 4; at += 1) {
      const digit = text.charCodeAt(at) - 48;
      if (!(digit >= 0 && digit <= 9)) return Number.NaN;
      fraction = fraction * 10 + digit;
    }
    const size = Math.abs(whole) * 10_000 + fraction;
    if (Math.abs(whole) > MAX_WHOLE || (at < length && text.charCodeAt(at) !== 32)) return Number.NaN;
    return negative ? -size : size;
  }
}

/** Each slot's day text, one shared object per day: the series and the NAV date print them. */
function dayTexts(days: Int32Array): { day: string }[] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < days.length; i += 1) {
    if (days[i]! < first) first = days[i]!;
    if (days[i]! > last) last = days[i]!;
  }
  // A ledger's days fall within some decades: an array over them looks a day up faster than a Map would.
  const byDay = new Array<{ day: string } | undefined>(days.length === 0 ? 0 : last - first + 1);
  const texts = new Array<{ day: string }>(days.length);
  for (let i = 0; i < days.length; i += 1) {
    const offset = days[i]! - first;
    let text = byDay[offset];
    if (!text) byDay[offset] = text = { day: formatDay(days[i]!) };
    texts[i] = text;
  }
  return texts;
}
