import { Prisma } from "@/lib/db/generated/client";
import type { MarketplaceQuery, MarketplaceRange } from "./marketplace-query";

/** An org's match counts as "fitting" from this overall score up (the matching engine's suggestion threshold). */
export const FIT_MIN_SCORE = 50;

export type FacetKey = "type" | "stage" | "country" | "currency";
export const FACET_KEYS: readonly FacetKey[] = ["type", "stage", "country", "currency"];
type RangeKey = "capacity" | "score" | "investment";

/**
 * The marketplace's filters as SQL over `marketplace_listings l`, kept apart so the facet counts
 * can apply all of them but one. Every user value travels as a bound parameter.
 */
export type MarketplaceSql = {
  /** `marketplace_listings l`, joined to the USD rates when needed and to the org's fitting matches with "fits my mandates". */
  from: Prisma.Sql;
  /** The org's best match score for the project in column `projectId`, or NULL (one lookup per row: for a page's rows only). */
  matchScoreOf(projectId: Prisma.Sql): Prisma.Sql;
  /** websearch_to_tsquery of the search, written out at each use so the planner sees a constant; null without text. */
  tsquery: Prisma.Sql | null;
  facets: Record<FacetKey, Prisma.Sql | null>;
  ranges: Record<RangeKey, Prisma.Sql | null>;
  /** The listing's investment in USD (NULL when its currency has no rate); `from` joins `fx` when a range or sort needs it. */
  usd: Prisma.Sql;
  /** Whether `from` joins `fx`: the statement must then define the rates (USD_RATES_CTES). */
  usesRates: boolean;
};

const matchesOfOrg = (orgId: string) => Prisma.sql`
  FROM match_results mr JOIN investor_mandates m ON m.id = mr.mandate_id
  WHERE mr.investor_org_id = ${orgId}::uuid AND m.is_active AND mr.status NOT IN ('DECLINED', 'WITHDRAWN')`;

/** `text` is the search as PostgreSQL reads it (null: no text filter). Investment compares in USD through the statement's `fx` rates. */
export function marketplaceSql(input: { query: MarketplaceQuery; text: string | null; orgId: string }): MarketplaceSql {
  const { query } = input;
  const usd = Prisma.sql`(l.total_investment_required * fx.usd_per_unit)`;
  const investment = rangeSql(usd, query.investmentUsd);
  // Only a range or sort in USD joins the rates: a listing without a rate then has no USD amount (NULL).
  const usesRates = investment !== null || query.sort.startsWith("investment_");
  const fxJoin = usesRates ? Prisma.sql`LEFT JOIN fx ON fx.currency = l.currency` : Prisma.empty;
  const fitJoin = query.fits
    ? Prisma.sql`JOIN (SELECT mr.project_id, max(mr.overall_score) AS score ${matchesOfOrg(input.orgId)} AND mr.overall_score >= ${FIT_MIN_SCORE}
        GROUP BY mr.project_id) fit ON fit.project_id = l.project_id`
    : Prisma.empty;
  return {
    from: Prisma.sql`marketplace_listings l ${fxJoin} ${fitJoin}`,
    matchScoreOf: (projectId) => Prisma.sql`(SELECT max(mr.overall_score) ${matchesOfOrg(input.orgId)} AND mr.project_id = ${projectId})`,
    tsquery: input.text === null ? null : Prisma.sql`websearch_to_tsquery('english', ${input.text})`,
    facets: {
      type: query.types.length > 0 ? Prisma.sql`l.project_type = ANY(${query.types}::project_type[])` : null,
      stage: query.stages.length > 0 ? Prisma.sql`l.stage = ANY(${query.stages}::project_stage[])` : null,
      country: query.countries.length > 0 ? Prisma.sql`l.geography_country = ANY(${query.countries}::text[])` : null,
      currency: query.currencies.length > 0 ? Prisma.sql`l.currency = ANY(${query.currencies}::bpchar[])` : null,
    },
    ranges: {
      capacity: rangeSql(Prisma.sql`l.capacity_mw`, query.capacityMw),
      score: rangeSql(Prisma.sql`l.signal_score`, query.score),
      investment,
    },
    usd,
    usesRates,
  };
}

function rangeSql(column: Prisma.Sql, range: MarketplaceRange): Prisma.Sql | null {
  const bounds = [
    range.min === null ? null : Prisma.sql`${column} >= ${String(range.min)}::numeric`,
    range.max === null ? null : Prisma.sql`${column} <= ${String(range.max)}::numeric`,
  ];
  return and(bounds);
}

/** The conditions joined with AND; null when there are none (no FILTER, no WHERE term). */
export function and(conditions: (Prisma.Sql | null)[]): Prisma.Sql | null {
  const present = conditions.filter((condition): condition is Prisma.Sql => condition !== null);
  return present.length === 0 ? null : Prisma.sql`(${Prisma.join(present, " AND ")})`;
}

export const orTrue = (condition: Prisma.Sql | null) => condition ?? Prisma.sql`TRUE`;

/** Every filter: the rows of the page and of the total. */
export function allConditions(sql: MarketplaceSql, options: { except?: FacetKey; ranges?: boolean } = {}): Prisma.Sql | null {
  const facets = FACET_KEYS.filter((key) => key !== options.except).map((key) => sql.facets[key]);
  return and([...facets, ...(options.ranges === false ? [] : Object.values(sql.ranges))]);
}

/**
 * Rows that fail two or more facets count nowhere (each facet's counts drop only its own
 * filter): the facet statement skips them up front. With three facets picked that is most rows.
 * Written as a sum, which no index serves: the planner otherwise ORs bitmaps of the facet
 * indexes (tens of thousands of entries each), slower than testing the rows the text found.
 */
export function facetPrefilter(sql: MarketplaceSql): Prisma.Sql | null {
  const active = FACET_KEYS.map((key) => sql.facets[key]).filter((condition): condition is Prisma.Sql => condition !== null);
  if (active.length < 2) return null;
  return Prisma.sql`(${Prisma.join(
    active.map((condition) => Prisma.sql`(${condition})::int`),
    " + ",
  )}) >= ${active.length - 1}`;
}
