import type { Tx } from "@/lib/db/create-db-client";
import { FX_BASE, FX_MAX_AGE_DAYS, type FxQuote, type FxTable } from "./fx-table";

type QuoteRow = { currency: string; rate: string; rate_date: string; source: string };

/** The rates of a few currencies over a span of days, loaded once: the table in force on any day of the span. */
export type FxHistory = { tableOn(day: string): FxTable };

/**
 * One statement for every conversion of a page (a list of portfolios, each holding's commitment at
 * its own date), where loadFxTable would cost one or two per day. The tables it answers are the
 * ones loadFxTable loads for the same day: each currency's latest quote on or before it (the one
 * before the span included, so a stale rate is named with its age, as there).
 */
export async function loadFxHistory(client: Tx, days: Iterable<string>, currencies: Iterable<string>): Promise<FxHistory> {
  const span = [...days].sort();
  const wanted = [...new Set(currencies)].filter((currency) => currency !== FX_BASE);
  const byCurrency = new Map<string, FxQuote[]>(wanted.map((currency) => [currency, []]));
  if (span.length > 0 && wanted.length > 0) {
    const first = span[0]!;
    const last = span.at(-1)!;
    const rows = await client.$queryRaw<QuoteRow[]>`
      SELECT currency, rate::text AS rate, to_char(rate_date, 'YYYY-MM-DD') AS rate_date, source
        FROM fx_rates
       WHERE base = ${FX_BASE} AND currency = ANY(${wanted}::text[])
         AND rate_date BETWEEN ${first}::date - ${FX_MAX_AGE_DAYS}::int AND ${last}::date
      UNION ALL
      SELECT c.currency, r.rate, r.rate_date, r.source
        FROM unnest(${wanted}::text[]) AS c(currency)
        CROSS JOIN LATERAL (
          SELECT rate::text AS rate, to_char(rate_date, 'YYYY-MM-DD') AS rate_date, source
            FROM fx_rates WHERE base = ${FX_BASE} AND currency = c.currency AND rate_date < ${first}::date - ${FX_MAX_AGE_DAYS}::int
           ORDER BY rate_date DESC LIMIT 1) AS r`;
    for (const row of rows) byCurrency.get(row.currency.trim())?.push({ rate: row.rate, rateDate: row.rate_date, source: row.source });
    for (const quotes of byCurrency.values()) quotes.sort((a, b) => a.rateDate.localeCompare(b.rateDate));
  }
  // One table object per day, so resolveConversion's per-table memo serves every conversion of that day.
  const tables = new Map<string, FxTable>();
  return {
    tableOn(day) {
      let table = tables.get(day);
      if (!table) {
        const quotes = new Map<string, FxQuote>();
        for (const [currency, list] of byCurrency) {
          const quote = latestOnOrBefore(list, day);
          if (quote) quotes.set(currency, quote);
        }
        tables.set(day, (table = { onDate: day, quotes }));
      }
      return table;
    },
  };
}

function latestOnOrBefore(quotes: readonly FxQuote[], day: string): FxQuote | null {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.rateDate <= day) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? quotes[low - 1]! : null;
}
