import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/** One convertible currency: USD per unit at its latest reference rate (numeric's text, so no float touches it). */
export type UsdRateRow = { currency: string; usd_per_unit: string };
export type UsdRates = { fx: UsdRateRow[] /** YYYY-MM-DD of the USD rate; null when no rates are loaded. */; usd_rate_date: string | null };

/**
 * Common table expressions `usd` (the latest EUR-based USD rate and its date) and `fx` (USD per
 * unit of every convertible currency). ECB rates are units per euro, so USD per unit of X is
 * rate(USD) / rate(X); EUR is rate(USD); USD is 1 with or without rates. `latest` takes each
 * currency's newest row by walking the currencies on the (base, currency, rate_date) index (a loose
 * index scan): years of daily rates cost a few dozen index probes, not a scan of the table.
 * Needs the statement's WITH to be RECURSIVE.
 */
export const USD_RATES_CTES = Prisma.sql`
  rate_currencies(currency) AS (
    SELECT min(currency) FROM fx_rates WHERE base = 'EUR'
    UNION ALL
    SELECT (SELECT min(f.currency) FROM fx_rates f WHERE f.base = 'EUR' AND f.currency > c.currency) FROM rate_currencies c WHERE c.currency IS NOT NULL
  ),
  latest_rates AS (
    SELECT c.currency, r.rate
    FROM rate_currencies c
    CROSS JOIN LATERAL (SELECT rate FROM fx_rates f WHERE f.base = 'EUR' AND f.currency = c.currency ORDER BY f.rate_date DESC LIMIT 1) r
    WHERE c.currency IS NOT NULL AND c.currency NOT IN ('USD', 'EUR')
  ),
  usd AS (SELECT rate, rate_date FROM fx_rates WHERE base = 'EUR' AND currency = 'USD' ORDER BY rate_date DESC LIMIT 1),
  fx AS (
    SELECT 'USD'::bpchar(3) AS currency, 1::numeric AS usd_per_unit
    UNION ALL SELECT 'EUR'::bpchar(3), rate FROM usd
    UNION ALL SELECT latest_rates.currency, usd.rate / latest_rates.rate FROM latest_rates CROSS JOIN usd
  )`;

/** The factors as the statement used them, by currency code. */
export function toUsdFactors(rows: UsdRateRow[]): Map<string, Prisma.Decimal> {
  return new Map(rows.map((row) => [row.currency.trim(), new Prisma.Decimal(row.usd_per_unit)]));
}

/** The two outputs of USD_RATES_CTES, as columns of a statement's result. */
export const USD_RATES_COLUMNS = Prisma.sql`
  coalesce((SELECT json_agg(json_build_object('currency', rtrim(currency), 'usd_per_unit', usd_per_unit::text)) FROM fx), '[]') AS fx,
  (SELECT to_char(rate_date, 'YYYY-MM-DD') FROM usd) AS usd_rate_date`;

/** The rates on their own, for a search that does not compare in USD (it still shows amounts and bounds in USD). */
export async function readUsdRates(): Promise<UsdRates> {
  const [rates] = await db.$queryRaw<UsdRates[]>`WITH RECURSIVE ${USD_RATES_CTES} SELECT ${USD_RATES_COLUMNS}`;
  return rates;
}
