/**
 * The marketplace as a first version would write it, for the bench's ratio only: ILIKE over
 * projects (published and active), the page and its total, then one COUNT per facet value with
 * every other facet's filter (disjunctive counts, as the real query gives), investment converted
 * per row by looking up the latest rates. Same answers as searchMarketplace for a plain word.
 */
import type { DbClient } from "../lib/db/create-db-client";
import { Prisma } from "../lib/db/generated/client";
import type { MarketplaceQuery } from "../lib/marketplace/marketplace-query";
import { PROJECT_STAGES, PROJECT_TYPES } from "../lib/projects/project-options";

type Facet = "type" | "stage" | "country" | "currency";
const COLUMN: Record<Facet, Prisma.Sql> = {
  type: Prisma.sql`p.project_type::text`,
  stage: Prisma.sql`p.stage::text`,
  country: Prisma.sql`p.geography_country`,
  currency: Prisma.sql`p.currency::text`,
};
const latestRate = (currency: Prisma.Sql) => Prisma.sql`(SELECT rate FROM fx_rates WHERE base = 'EUR' AND currency = ${currency} ORDER BY rate_date DESC LIMIT 1)`;
const USD = Prisma.sql`(CASE WHEN p.currency = 'USD' THEN p.total_investment_required
  WHEN p.currency = 'EUR' THEN p.total_investment_required * ${latestRate(Prisma.sql`'USD'`)}
  ELSE p.total_investment_required * ${latestRate(Prisma.sql`'USD'`)} / ${latestRate(Prisma.sql`p.currency`)} END)`;

function conditions(query: MarketplaceQuery, except?: Facet): Prisma.Sql {
  const parts = [Prisma.sql`p.is_published AND p.status = 'ACTIVE'`];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, "\\$&")}%`;
    parts.push(Prisma.sql`(p.name ILIKE ${like} OR p.description ILIKE ${like} OR p.geography_region ILIKE ${like})`);
  }
  const selected: Record<Facet, string[]> = { type: query.types, stage: query.stages, country: query.countries, currency: query.currencies };
  for (const facet of Object.keys(selected) as Facet[]) {
    if (facet !== except && selected[facet].length > 0) parts.push(Prisma.sql`${COLUMN[facet]} = ANY(${selected[facet]}::text[])`);
  }
  const range = (column: Prisma.Sql, bounds: { min: number | null; max: number | null }) => {
    if (bounds.min !== null) parts.push(Prisma.sql`${column} >= ${bounds.min}`);
    if (bounds.max !== null) parts.push(Prisma.sql`${column} <= ${bounds.max}`);
  };
  range(Prisma.sql`p.capacity_mw`, query.capacityMw);
  range(USD, query.investmentUsd);
  range(Prisma.sql`(SELECT overall_score FROM signal_scores s WHERE s.project_id = p.id AND s.status = 'COMPLETED' ORDER BY version DESC LIMIT 1)`, query.score);
  return Prisma.join(parts, " AND ");
}

const ORDER: Record<string, Prisma.Sql> = {
  investment_asc: Prisma.sql`${USD} ASC NULLS LAST, p.id`,
  investment_desc: Prisma.sql`${USD} DESC NULLS LAST, p.id`,
  capacity_desc: Prisma.sql`p.capacity_mw DESC NULLS LAST, p.id`,
};

export async function naiveMarketplace(db: DbClient, query: MarketplaceQuery, pageSize: number) {
  const where = conditions(query);
  const order = ORDER[query.sort] ?? Prisma.sql`p.published_at DESC, p.id DESC`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id, p.name, o.name AS org_name FROM projects p JOIN organizations o ON o.id = p.org_id
    WHERE ${where} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`;
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM projects p WHERE ${where}`;
  const countries = await db.$queryRaw<{ value: string }[]>`SELECT DISTINCT geography_country AS value FROM projects p WHERE p.is_published`;
  const currencies = await db.$queryRaw<{ value: string }[]>`SELECT DISTINCT currency::text AS value FROM projects p WHERE p.is_published`;
  const vocabulary: Record<Facet, string[]> = {
    type: [...PROJECT_TYPES],
    stage: [...PROJECT_STAGES],
    country: countries.map((row) => row.value),
    currency: currencies.map((row) => row.value.trim()),
  };
  const facets: Record<string, number> = {};
  for (const facet of Object.keys(vocabulary) as Facet[]) {
    const others = conditions(query, facet);
    for (const value of vocabulary[facet]) {
      const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM projects p WHERE ${others} AND ${COLUMN[facet]} = ${value}`;
      facets[`${facet}:${value}`] = n;
    }
  }
  return { rows, total, facets };
}
