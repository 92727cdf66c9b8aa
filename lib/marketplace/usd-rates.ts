import { Prisma } from "@/lib/db/generated/client";

/**
 * The latest EUR-based reference rate of USD (ECB rates are units of a currency per euro). Not
 * correlated: the planner runs it once per statement.
 */
const LATEST_USD = Prisma.sql`(SELECT rate FROM fx_rates WHERE base = 'EUR' AND currency = 'USD' ORDER BY rate_date DESC LIMIT 1)`;

/** The date of LATEST_USD's rate (YYYY-MM-DD), or NULL when no rates are loaded. */
export const LATEST_USD_DATE = Prisma.sql`(SELECT to_char(rate_date, 'YYYY-MM-DD') FROM fx_rates WHERE base = 'EUR' AND currency = 'USD' ORDER BY rate_date DESC LIMIT 1)`;

/**
 * USD per one unit of the currency in `currency` (a qualified char(3) column: the lookup has a
 * `currency` of its own) at the latest rates:
 * rate(USD) / rate(X), EUR being rate(USD), USD 1 with or without rates; NULL without a rate.
 * Each lookup is one backward probe of the (base, currency, rate_date) index: for the few
 * currencies of a result, never per listing.
 */
export function usdPerUnit(currency: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CASE ${currency} WHEN 'USD' THEN 1::numeric WHEN 'EUR' THEN ${LATEST_USD}
    ELSE ${LATEST_USD} / (SELECT f.rate FROM fx_rates f WHERE f.base = 'EUR' AND f.currency = ${currency} ORDER BY f.rate_date DESC LIMIT 1) END`;
}

/**
 * `fx`: USD per unit of every currency with a rate, for statements that compare every listing in
 * USD (a range or sort). Same formula as usdPerUnit. The currencies are walked one by one on the
 * (base, currency, rate_date) index (a loose index scan): years of daily rates cost a few dozen
 * index probes, not a scan of the table. Needs the statement's WITH to be RECURSIVE.
 */
export const USD_RATES_CTES = Prisma.sql`
  rate_currencies(currency) AS (
    SELECT min(currency) FROM fx_rates WHERE base = 'EUR'
    UNION ALL
    SELECT (SELECT min(f.currency) FROM fx_rates f WHERE f.base = 'EUR' AND f.currency > c.currency) FROM rate_currencies c WHERE c.currency IS NOT NULL
  ),
  fx AS (
    SELECT 'USD'::bpchar(3) AS currency, 1::numeric AS usd_per_unit
    UNION ALL SELECT 'EUR'::bpchar(3), ${LATEST_USD}
    UNION ALL SELECT c.currency, ${LATEST_USD} / r.rate
    FROM rate_currencies c
    CROSS JOIN LATERAL (SELECT rate FROM fx_rates f WHERE f.base = 'EUR' AND f.currency = c.currency ORDER BY f.rate_date DESC LIMIT 1) r
    WHERE c.currency IS NOT NULL AND c.currency NOT IN ('USD', 'EUR')
  )`;

/** The factors as the statement computed them, by currency; a currency without a rate has none. */
export function toUsdFactors(rows: { currency: string; usd_per_unit: string | null }[]): Map<string, Prisma.Decimal> {
  return new Map(rows.flatMap((row) => (row.usd_per_unit === null ? [] : [[row.currency, new Prisma.Decimal(row.usd_per_unit)] as const])));
}
