import { db } from "@/lib/db/client";
import { FX_BASE, FX_MAX_AGE_DAYS, type FxQuote } from "@/lib/fx/fx-table";

type QuoteRow = { currency: string; rate: string; rate_date: string; source: string };

/**
 * For each day and currency asked, the quote loadFxHistory's table of that day holds for the
 * currency: its latest on or before the day. Keyed "day currency", the currency as fx_rates spells
 * it; none for the base, or a currency never quoted by then. Only the pairs asked are looked up,
 * where loadFxHistory loads every currency on every day (a portfolio's commitments need two of
 * them each). As there, the week before the day first, through the rate_date index (a lookup with
 * no lower bound made the planner walk that index past every other currency's rates, for each
 * pair, ~120 ms on the embedded database); the older rates only for a pair that week leaves
 * without, so the message can say how old its latest is. Currencies compare as char(3), the
 * column's type, or the (base, currency, rate_date) index goes unused.
 */
export async function loadCommitmentQuotes(wanted: readonly { day: string; currency: string }[]): Promise<Map<string, FxQuote>> {
  const pairs = [...new Map(wanted.filter((pair) => pair.currency !== FX_BASE).map((pair) => [`${pair.day} ${pair.currency}`, pair])).values()];
  const quotes = new Map<string, FxQuote>();
  if (pairs.length === 0) return quotes;
  // One JSON text, not a row per quote: Prisma's mapping of 1,000 raw rows cost more than the lookups.
  const [{ recent }] = await db.$queryRaw<{ recent: string | null }[]>`
    SELECT json_agg(json_build_array(w.day, r.currency, r.rate::text, to_char(r.rate_date, 'YYYY-MM-DD'), r.source))::text AS recent
      FROM unnest(${pairs.map((pair) => pair.day)}::text[], ${pairs.map((pair) => pair.currency)}::text[]) AS w(day, currency)
      CROSS JOIN LATERAL (
        SELECT currency, rate, rate_date, source FROM fx_rates
         WHERE base = ${FX_BASE}::char(3) AND currency = w.currency::char(3)
           AND rate_date BETWEEN w.day::date - ${FX_MAX_AGE_DAYS}::int AND w.day::date
         ORDER BY rate_date DESC LIMIT 1) r`;
  for (const [day, currency, rate, rateDate, source] of recent ? (JSON.parse(recent) as string[][]) : [])
    quotes.set(`${day} ${currency!.trim()}`, { rate: rate!, rateDate: rateDate!, source: source! });
  const stale = pairs.filter((pair) => !quotes.has(`${pair.day} ${pair.currency}`));
  if (stale.length === 0) return quotes;
  const last = stale
    .map((pair) => pair.day)
    .sort()
    .at(-1)!;
  const older = await db.$queryRaw<QuoteRow[]>`
    SELECT currency, rate::text AS rate, to_char(rate_date, 'YYYY-MM-DD') AS rate_date, source
      FROM fx_rates WHERE base = ${FX_BASE}::char(3) AND currency = ANY(${[...new Set(stale.map((pair) => pair.currency))]}::char(3)[]) AND rate_date <= ${last}::date
     ORDER BY rate_date`;
  // Ascending: the last quote on or before each day is the one that stands.
  for (const pair of stale) {
    for (const row of older) if (row.rate_date <= pair.day && row.currency.trim() === pair.currency) quotes.set(`${pair.day} ${pair.currency}`, toQuote(row));
  }
  return quotes;
}

function toQuote(row: QuoteRow): FxQuote {
  return { rate: row.rate, rateDate: row.rate_date, source: row.source };
}
