import { crossRateText } from "./fx-decimal";

/**
 * The rates in force on one day, pure (no database): the seed, scorePair and the bulk rescoring
 * all convert through the same rule.
 *
 * Rule: a currency's rate on day D is its latest ECB rate dated D or up to FX_MAX_AGE_DAYS days
 * earlier. The ECB publishes on TARGET business days only (no weekends, no 25-26 December or
 * 1 January), so the longest regular gap is four days; a rate older than a week means the refresh
 * has stopped, and the conversion is refused with that said, never guessed.
 */
export const FX_MAX_AGE_DAYS = 7;
export const FX_BASE = "EUR";

/** Units of the currency per one EUR, as stored (8 places). */
export type FxQuote = { rate: string; rateDate: string; source: string };

/** The latest quote on or before `onDate` for each currency loaded (absent: none ever on or before it). Never changed once made. */
export type FxTable = { onDate: string; quotes: ReadonlyMap<string, FxQuote> };

export type FxConversion = { rate: string; rateDate: string; source: string; from: string; to: string; factor: number };

const DAY_MS = 86_400_000;

export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS);
}

type Usable = { quote: FxQuote } | { missing: string };

function usableQuote(table: FxTable, currency: string): Usable {
  if (currency === FX_BASE) return { quote: { rate: "1.00000000", rateDate: table.onDate, source: "ECB" } };
  const quote = table.quotes.get(currency);
  if (!quote) return { missing: `No ECB rate for ${currency} on or before ${table.onDate}` };
  if (daysBetween(quote.rateDate, table.onDate) > FX_MAX_AGE_DAYS) {
    return { missing: `No ECB rate for ${currency} within ${FX_MAX_AGE_DAYS} days before ${table.onDate} (the latest is from ${quote.rateDate})` };
  }
  return { quote };
}

/**
 * Units of `to` per one `from` on the table's day, or the missing rate named. Same currency: null
 * (nothing to convert). The date reported is the older of the two quotes used.
 */
export function resolveConversion(table: FxTable, from: string, to: string): FxConversion | { missing: string } | null {
  if (from === to) return null;
  let resolved = conversions.get(table);
  if (!resolved) conversions.set(table, (resolved = new Map()));
  const key = `${from}/${to}`;
  if (!resolved.has(key)) resolved.set(key, convert(table, from, to));
  return resolved.get(key)!;
}

/** Per table and currency pair, as a rescoring run asks the same few pairs for every project. */
const conversions = new WeakMap<FxTable, Map<string, FxConversion | { missing: string }>>();

function convert(table: FxTable, from: string, to: string): FxConversion | { missing: string } {
  const fromQuote = usableQuote(table, from);
  if ("missing" in fromQuote) return fromQuote;
  const toQuote = usableQuote(table, to);
  if ("missing" in toQuote) return toQuote;
  const [a, b] = [fromQuote.quote, toQuote.quote];
  const base = from === FX_BASE ? b : to === FX_BASE ? a : null;
  return {
    rate: crossRateText(a.rate, b.rate),
    rateDate: base ? base.rateDate : [a.rateDate, b.rateDate].sort()[0],
    source: base ? base.source : a.source === b.source ? a.source : `${a.source}, ${b.source}`,
    from,
    to,
    factor: Number(b.rate) / Number(a.rate),
  };
}
