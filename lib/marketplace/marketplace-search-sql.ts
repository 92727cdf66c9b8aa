import { Prisma } from "@/lib/db/generated/client";
import type { MarketplaceSort } from "./marketplace-query";
import { and, FACET_KEYS, type FacetKey, facetPrefilter, type MarketplaceSql, orTrue } from "./marketplace-where-sql";
import { SNIPPET_START, SNIPPET_STOP } from "./marketplace-search-rows";
import { LATEST_USD_DATE, USD_RATES_CTES, usdPerUnit } from "./usd-rates";

/** ts_headline parses all the text it is given: a description runs to 20,000 characters, its opening is enough for a snippet. */
const HEADLINE_MAX_CHARS = 4000;
/** Without a text search a card shows the description's opening instead, the markers removed all the same. */
const OPENING_CHARS = 320;
const HEADLINE_OPTIONS = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

const FLAG: Record<FacetKey, string> = { type: "type_ok", stage: "stage_ok", country: "country_ok", currency: "currency_ok" };

/**
 * Output columns of `hits`, so the page and its outer query sort alike. project_id breaks ties:
 * rows never swap between pages. "newest" runs backwards along (published_at, project_id), an index.
 */
const ORDER: Record<MarketplaceSort, string> = {
  relevance: "rank DESC, published_at DESC, project_id",
  newest: "published_at DESC, project_id DESC",
  score: "signal_score DESC NULLS LAST, project_id",
  investment_asc: "investment_usd ASC NULLS LAST, project_id",
  investment_desc: "investment_usd DESC NULLS LAST, project_id",
  capacity_desc: "capacity_mw DESC NULLS LAST, project_id",
  match: "fit_score DESC, project_id",
};

/** "relevance" without words to rank by, and "match" without "fits my mandates", fall back to newest first (relevance with words). */
export function effectiveSort(sort: MarketplaceSort, hasText: boolean, fits: boolean): MarketplaceSort {
  if (sort === "match" && !fits) return hasText ? "relevance" : "newest";
  if (sort === "relevance" && !hasText) return "newest";
  return sort;
}

/**
 * The whole search in one statement, returning three JSON arrays (facet counts, bounds, page):
 * - `hits`: the listings that match the text (and the org's mandates, with "fits") and fail at
 *   most one picked facet (a row failing two counts nowhere), with each condition as a boolean
 *   column, computed once. With text or "fits" it is MATERIALIZED, so the heap is read once for
 *   everything; without, it is inlined into each use, and the page reads the published_at
 *   index in order instead of sorting every listing.
 * - `facets`: GROUPING SETS give each facet its groups; each counts with FILTER every condition
 *   but its own (disjunctive facets). Summed over one facet, `matches` is the total.
 * - `bounds`: per currency (investment converts to USD afterwards), over the text and facets
 *   whatever the ranges, so a narrowed range can be widened again.
 * - `page`: cut on the narrow read model, clamped to the last page; only its rows join projects
 *   and organizations, and ts_headline parses only their texts.
 */
export function marketplaceSearchSql(sql: MarketplaceSql, options: { sort: MarketplaceSort; fits: boolean; offset: number; pageSize: number }): Prisma.Sql {
  const sort = effectiveSort(options.sort, sql.tsquery !== null, options.fits);
  const active = FACET_KEYS.filter((key) => sql.facets[key] !== null);
  const ranges = and(Object.values(sql.ranges));
  const otherRanges = and([sql.ranges.capacity, sql.ranges.score]);
  const test = (flags: string[]) => (flags.length === 0 ? null : Prisma.raw(flags.join(" AND ")));
  const facetFlags = (except: FacetKey | null) => active.filter((key) => key !== except).map((key) => FLAG[key]);
  const rangeFlags = ranges ? ["in_ranges"] : [];
  const counted = (condition: Prisma.Sql | null) => (condition ? Prisma.sql`count(*) FILTER (WHERE ${condition})::int` : Prisma.sql`count(*)::int`);
  const everyFilter = test([...facetFlags(null), ...rangeFlags]);
  const order = Prisma.raw(ORDER[sort]);
  const rank =
    sort === "relevance" && sql.tsquery
      ? Prisma.sql`CASE WHEN ${orTrue(and([...active.map((key) => sql.facets[key]), ranges]))} THEN ts_rank(l.search_vector, ${sql.tsquery}) END`
      : Prisma.sql`NULL::real`;
  const headline = sql.tsquery
    ? Prisma.sql`ts_headline('english', translate(p.name || E'.\n' || left(p.description, ${HEADLINE_MAX_CHARS}), ${SNIPPET_START + SNIPPET_STOP}, '  '), ${sql.tsquery}, ${HEADLINE_OPTIONS})`
    : Prisma.sql`translate(left(p.description, ${OPENING_CHARS}), ${SNIPPET_START + SNIPPET_STOP}, '  ')`;
  const columns = [
    ...active.map((key) => Prisma.sql`${sql.facets[key]} AS ${Prisma.raw(FLAG[key])}`),
    ...(ranges ? [Prisma.sql`coalesce(${ranges}, false) AS in_ranges`] : []),
    ...(otherRanges ? [Prisma.sql`coalesce(${otherRanges}, false) AS in_other_ranges`] : []),
  ];
  return Prisma.sql`
    WITH ${sql.usesRates ? Prisma.sql`RECURSIVE ${USD_RATES_CTES},` : Prisma.empty}
    hits AS ${Prisma.raw(sql.tsquery || options.fits ? "MATERIALIZED" : "NOT MATERIALIZED")} (
      SELECT l.project_id, l.project_type, l.stage, l.geography_country, l.currency, l.capacity_mw, l.total_investment_required, l.signal_score,
             l.published_at, ${rank} AS rank, ${options.fits ? Prisma.sql`fit.score` : Prisma.sql`NULL::int`} AS fit_score,
             ${sort.startsWith("investment") ? sql.usd : Prisma.sql`NULL::numeric`} AS investment_usd
             ${columns.length > 0 ? Prisma.sql`, ${Prisma.join(columns)}` : Prisma.empty}
      FROM ${sql.from}
      WHERE ${orTrue(and([sql.tsquery && Prisma.sql`l.search_vector @@ ${sql.tsquery}`, facetPrefilter(sql)]))}
    ),
    facets AS (
      SELECT project_type::text AS type, stage::text AS stage, geography_country::text AS country, rtrim(currency) AS currency,
             ${counted(test([...facetFlags("type"), ...rangeFlags]))} AS type_count, ${counted(test([...facetFlags("stage"), ...rangeFlags]))} AS stage_count,
             ${counted(test([...facetFlags("country"), ...rangeFlags]))} AS country_count, ${counted(test([...facetFlags("currency"), ...rangeFlags]))} AS currency_count,
             ${counted(everyFilter)} AS matches
      FROM hits
      GROUP BY GROUPING SETS ((project_type), (stage), (geography_country), (currency))
    ),
    bounds AS (
      SELECT rtrim(currency) AS currency, ${counted(otherRanges ? Prisma.raw("in_other_ranges") : null)} AS matches_any_investment,
             min(total_investment_required)::text AS investment_min, max(total_investment_required)::text AS investment_max,
             min(capacity_mw)::float8 AS capacity_min, max(capacity_mw)::float8 AS capacity_max,
             min(signal_score)::float8 AS score_min, max(signal_score)::float8 AS score_max,
             (${usdPerUnit(Prisma.sql`hits.currency`)})::text AS usd_per_unit
      FROM hits
      WHERE ${orTrue(test(facetFlags(null)))}
      GROUP BY currency
    ),
    page AS (
      SELECT * FROM hits
      WHERE ${orTrue(everyFilter)}
      ORDER BY ${order}
      LIMIT ${options.pageSize}
      OFFSET (SELECT least(${options.offset}, greatest(coalesce(sum(matches), 0) - 1, 0) / ${options.pageSize} * ${options.pageSize}) FROM facets WHERE currency IS NOT NULL)
    ),
    page_rows AS (
      SELECT row_number() OVER (ORDER BY ${Prisma.raw(orderOfPage(sort))}) AS position, page.project_id, page.project_type::text AS project_type, page.stage::text AS stage, page.geography_country::text AS geography_country,
             rtrim(page.currency) AS currency, page.capacity_mw::text AS capacity_mw, page.total_investment_required::text AS total_investment_required,
             page.signal_score::float8 AS signal_score, to_char(page.published_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS published_at,
             p.name, p.geography_region, p.geography_coordinates, o.name AS org_name, ${headline} AS headline,
             ${options.fits ? Prisma.sql`page.fit_score` : sql.matchScoreOf(Prisma.sql`page.project_id`)}::int AS match_score
      FROM page
      JOIN projects p ON p.id = page.project_id
      JOIN organizations o ON o.id = p.org_id
    )
    SELECT coalesce((SELECT json_agg(facets) FROM facets), '[]') AS facets,
           coalesce((SELECT json_agg(bounds) FROM bounds), '[]') AS bounds,
           coalesce((SELECT json_agg(r ORDER BY r.position) FROM page_rows r), '[]') AS rows,
           ${LATEST_USD_DATE} AS usd_rate_date,
           ${sql.tsquery ? Prisma.sql`numnode(${sql.tsquery})` : Prisma.sql`NULL::int`} AS text_nodes`;
}

/** The page's order, written against `page` (the joined tables have columns of the same names). */
function orderOfPage(sort: MarketplaceSort): string {
  return ORDER[sort].replace(/(^|, )(\w+)/g, "$1page.$2");
}
