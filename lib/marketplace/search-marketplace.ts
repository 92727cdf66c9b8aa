import "server-only";
import countries from "i18n-iso-countries";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { daysBetween, FX_MAX_AGE_DAYS, isoDay } from "@/lib/fx/fx-table";
import type { Prisma } from "@/lib/db/generated/client";
import { MARKETPLACE_PAGE_SIZE, type MarketplaceQuery } from "./marketplace-query";
import type { MarketplaceSearchResult } from "./marketplace-search-rows";
import { effectiveSort, marketplaceSearchSql } from "./marketplace-search-sql";
import { type MarketplaceSql, marketplaceSql } from "./marketplace-where-sql";
import { quoted } from "./read-marketplace-param";
import { toUsdFactors } from "./usd-rates";
import { countMatches, type MarketplaceBounds, type MarketplaceFacets, toMarketplaceBounds, toMarketplaceFacets, unratedCurrencies } from "./to-marketplace-facets";
import { type MarketplaceRow, toMarketplaceRow } from "./to-marketplace-row";

export type { FacetValue } from "./to-marketplace-facets";
export type { MarketplaceRow, SnippetSegment } from "./to-marketplace-row";

export type MarketplacePage = {
  rows: MarketplaceRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  facets: MarketplaceFacets;
  bounds: MarketplaceBounds;
  /** Date of the USD rate the conversions use, or null when no rates are loaded. */
  fxRateDate: string | null;
  /** Days between that rate and today when more than FX_MAX_AGE_DAYS: matching would refuse it, so the page says the USD figures are dated. */
  fxRateStaleDays: number | null;
  /** What the search itself adjusted (an unknown country, a search with no words, a missing rate); the URL's own notices come from parseMarketplaceQuery. */
  notices: string[];
};

/**
 * The investor marketplace: every org's published, active projects (the read model
 * marketplace_listings holds nothing else), filtered, counted per facet, sorted and paged in the
 * database in one statement (lib/marketplace/marketplace-search-sql.ts), exchange rates included.
 * The tenant only decides "fits my mandates" and the match scores. A page past the end (a stale
 * link) is answered with the last page. A search of only common words or symbols has nothing to
 * look for: it matches nothing, so it runs again without the text, explained in a notice.
 */
export async function searchMarketplace(tenant: { org: Pick<TenantContext["org"], "id"> }, input: MarketplaceQuery): Promise<MarketplacePage> {
  const notices: string[] = [];
  const query = { ...input, countries: knownCountries(input.countries, notices) };
  const requested = Math.max(1, Math.floor(query.page));
  const options = { sort: query.sort, fits: query.fits, offset: (requested - 1) * MARKETPLACE_PAGE_SIZE, pageSize: MARKETPLACE_PAGE_SIZE };
  const run = (sql: MarketplaceSql) => db.$queryRaw<MarketplaceSearchResult[]>(marketplaceSearchSql(sql, options)).then(([result]) => result);

  let sql = marketplaceSql({ query, text: query.q || null, orgId: tenant.org.id });
  let result = await run(sql);
  if (result.text_nodes === 0) {
    notices.push(`The search ${quoted(query.q)} has no words to look for (only common words or symbols): showing every project.`);
    sql = marketplaceSql({ query, text: null, orgId: tenant.org.id });
    result = await run(sql);
  }
  if (query.sort === "match" && !query.fits)
    notices.push(`Sorting by best match needs "Fits my mandates": sorted by ${effectiveSort("match", sql.tsquery !== null, false)} instead.`);

  const factors = toUsdFactors(result.bounds);
  const total = countMatches(result.facets);
  const pageCount = Math.max(1, Math.ceil(total / MARKETPLACE_PAGE_SIZE));
  notices.push(...rateNotices(query, result, factors));
  return {
    rows: result.rows.map((row) => toMarketplaceRow(row, factors)),
    total,
    // The statement clamps its offset the same way.
    page: Math.min(requested, pageCount),
    pageCount,
    pageSize: MARKETPLACE_PAGE_SIZE,
    facets: toMarketplaceFacets(result.facets, query),
    bounds: toMarketplaceBounds(result.bounds, factors),
    fxRateDate: result.usd_rate_date,
    fxRateStaleDays: staleDays(result.usd_rate_date),
    notices,
  };
}

/** ISO 3166 codes only: the URL reader checks the shape, the country list lives on the server. */
function knownCountries(codes: string[], notices: string[]): string[] {
  return codes.filter((code) => countries.isValid(code) || (notices.push(`Unknown country ${quoted(code)} was ignored.`), false));
}

function rateNotices(query: MarketplaceQuery, result: MarketplaceSearchResult, factors: Map<string, Prisma.Decimal>): string[] {
  const named = (codes: string[]) => `No USD exchange rate is loaded for ${codes.join(", ")}: ${codes.length === 1 ? "its" : "their"} projects`;
  const notices: string[] = [];
  const ranged = query.investmentUsd.min !== null || query.investmentUsd.max !== null;
  const unrated = unratedCurrencies(result.bounds, factors);
  if (ranged && unrated.length > 0) notices.push(`${named(unrated)} are left out of the investment range.`);
  if (query.sort.startsWith("investment_")) {
    const listed = result.facets.filter((row) => row.currency !== null && row.matches > 0 && !factors.has(row.currency)).map((row) => row.currency!);
    if (listed.length > 0) notices.push(`${named(listed.sort())} come after the others in this order.`);
  }
  return notices;
}

function staleDays(rateDate: string | null): number | null {
  if (!rateDate) return null;
  const age = daysBetween(rateDate, isoDay(new Date()));
  return age > FX_MAX_AGE_DAYS ? age : null;
}
