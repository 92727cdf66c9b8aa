import type { Tx } from "@/lib/db/create-db-client";
import { FX_BASE, FX_MAX_AGE_DAYS, type FxQuote, type FxTable, isoDay } from "./fx-table";

type QuoteRow = { currency: string; rate: string; rate_date: string; source: string };

/**
 * The rates in force on `onDate` (UTC day) for `currencies`. Takes the client, so the seed and
 * the app load the same way. Reads the last week through the rate_date index; only a currency
 * with no rate in that week (stale, or never published, like KES) costs a lookup of its latest
 * rate, so the message can say how old it is.
 */
export async function loadFxTable(client: Tx, onDate: Date, currencies: Iterable<string>): Promise<FxTable> {
  const day = isoDay(onDate);
  const wanted = [...new Set(currencies)].filter((currency) => currency !== FX_BASE);
  const quotes = new Map<string, FxQuote>();
  if (wanted.length === 0) return { onDate: day, quotes };
  const recent = await client.$queryRaw<QuoteRow[]>`
    SELECT DISTINCT ON (currency) currency, rate::text AS rate, to_char(rate_date, 'YYYY-MM-DD') AS rate_date, source
      FROM fx_rates
     WHERE base = ${FX_BASE} AND currency = ANY(${wanted}::text[])
       AND rate_date BETWEEN ${day}::date - ${FX_MAX_AGE_DAYS}::int AND ${day}::date
     ORDER BY currency, rate_date DESC`;
  for (const row of recent) quotes.set(row.currency.trim(), toQuote(row));
  const stale = wanted.filter((currency) => !quotes.has(currency));
  if (stale.length > 0) {
    const older = await client.$queryRaw<QuoteRow[]>`
      SELECT c.currency, r.rate, r.rate_date, r.source
        FROM unnest(${stale}::text[]) AS c(currency)
        CROSS JOIN LATERAL (
          SELECT rate::text AS rate, to_char(rate_date, 'YYYY-MM-DD') AS rate_date, source
            FROM fx_rates WHERE base = ${FX_BASE} AND currency = c.currency AND rate_date <= ${day}::date
           ORDER BY rate_date DESC LIMIT 1) AS r`;
    for (const row of older) quotes.set(row.currency.trim(), toQuote(row));
  }
  return { onDate: day, quotes };
}

function toQuote(row: QuoteRow): FxQuote {
  return { rate: row.rate, rateDate: row.rate_date, source: row.source };
}
