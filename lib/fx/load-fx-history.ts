import type { Tx } from "@/lib/db/create-db-client";
import { FX_BASE, FX_MAX_AGE_DAYS, type FxQuote, type FxTable } from "./fx-table";

type QuoteRow = { day: string; currency: string; rate: string; rate_date: string; source: string };

/** The rates of a few currencies on a set of days, loaded at once: the table in force on each of those days. */
export type FxHistory = { tableOn(day: string): FxTable };

/**
 * One statement for every conversion of a page (a list of portfolios, each holding's commitment at
 * its own date), where loadFxTable costs one or two per day. Each day's table is the one
 * loadFxTable loads for it: each currency's latest quote on or before the day. As there, a second
 * statement runs only for a currency with no quote in the week before some day (stale, or never
 * published, like KES), so the message can say how old its latest is. Only the days asked for are answered.
 * Currencies are compared as char(3), the column's type, or the (base, currency, rate_date) index goes unused.
 */
export async function loadFxHistory(client: Tx, days: Iterable<string>, currencies: Iterable<string>): Promise<FxHistory> {
  const wantedDays = [...new Set(days)];
  const wanted = [...new Set(currencies)].filter((currency) => currency !== FX_BASE);
  const tables = new Map<string, FxTable>(wantedDays.map((day) => [day, { onDate: day, quotes: new Map<string, FxQuote>() }]));
  const quotesOn = (day: string) => tables.get(day)!.quotes as Map<string, FxQuote>;
  if (wantedDays.length > 0 && wanted.length > 0) {
    const recent = await client.$queryRaw<QuoteRow[]>`
      SELECT DISTINCT ON (d.day, r.currency) d.day, r.currency, r.rate::text AS rate, to_char(r.rate_date, 'YYYY-MM-DD') AS rate_date, r.source
        FROM unnest(${wantedDays}::text[]) AS d(day)
        JOIN fx_rates r ON r.base = ${FX_BASE}::char(3) AND r.currency = ANY(${wanted}::char(3)[])
                       AND r.rate_date BETWEEN d.day::date - ${FX_MAX_AGE_DAYS}::int AND d.day::date
       ORDER BY d.day, r.currency, r.rate_date DESC`;
    for (const row of recent) quotesOn(row.day).set(row.currency.trim(), toQuote(row));
    const stale = wanted.filter((currency) => wantedDays.some((day) => !quotesOn(day).has(currency)));
    if (stale.length > 0) {
      const last = [...wantedDays].sort().at(-1)!;
      const older = await client.$queryRaw<Omit<QuoteRow, "day">[]>`
        SELECT currency, rate::text AS rate, to_char(rate_date, 'YYYY-MM-DD') AS rate_date, source
          FROM fx_rates WHERE base = ${FX_BASE}::char(3) AND currency = ANY(${stale}::char(3)[]) AND rate_date <= ${last}::date
         ORDER BY rate_date`;
      for (const day of wantedDays) {
        for (const row of older) if (row.rate_date <= day && !quotesOn(day).has(row.currency.trim())) quotesOn(day).set(`~${row.currency.trim()}`, toQuote(row));
      }
      // Ascending: the last quote on or before each day wins; the "~" keys kept them apart from the week's quotes until now.
      for (const day of wantedDays) {
        const quotes = quotesOn(day);
        for (const [key, quote] of [...quotes]) if (key.startsWith("~")) quotes.delete(key), quotes.set(key.slice(1), quote);
      }
    }
  }
  return {
    tableOn(day) {
      const table = tables.get(day);
      if (!table) throw new Error(`loadFxHistory was not asked for ${day}`);
      return table;
    },
  };
}

function toQuote(row: { rate: string; rate_date: string; source: string }): FxQuote {
  return { rate: row.rate, rateDate: row.rate_date, source: row.source };
}
