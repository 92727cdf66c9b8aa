/**
 * What the marketplace's statement (marketplace-search-sql.ts) returns: three JSON arrays and two
 * scalars, in the statement's own column names. Amounts come as numeric's text, so no float ever
 * touches them.
 */

/** ts_headline's markers: control characters, removed from the text first so only the markers remain. */
export const SNIPPET_START = "\u0002";
export const SNIPPET_STOP = "\u0003";

/** One value of one facet (the other three columns are NULL), from one grouping set. */
export type FacetCountRow = {
  type: string | null;
  stage: string | null;
  country: string | null;
  currency: string | null;
  /** Listings with this value that pass every other facet's filter, the text and the ranges. */
  type_count: number;
  stage_count: number;
  country_count: number;
  currency_count: number;
  /** Listings with this value that pass every filter. */
  matches: number;
};

/** Per currency, over the listings that pass the text and every facet whatever the ranges. */
export type CurrencyBoundsRow = {
  currency: string;
  /** Those within the capacity and score ranges: what the investment range leaves out when the currency has no rate. */
  matches_any_investment: number;
  /** USD per unit at the latest rates (numeric's text); null without a rate. The page's currencies are among these. */
  usd_per_unit: string | null;
  investment_min: string | null;
  investment_max: string | null;
  capacity_min: number | null;
  capacity_max: number | null;
  score_min: number | null;
  score_max: number | null;
};

export type PageRow = {
  project_id: string;
  project_type: string;
  stage: string;
  geography_country: string;
  currency: string;
  capacity_mw: string | null;
  total_investment_required: string;
  signal_score: number | null;
  published_at: string;
  name: string;
  geography_region: string;
  geography_coordinates: unknown;
  org_name: string;
  headline: string | null;
  match_score: number | null;
};

export type MarketplaceSearchResult = {
  facets: FacetCountRow[];
  bounds: CurrencyBoundsRow[];
  rows: PageRow[];
  /** YYYY-MM-DD of the USD rate the conversions use; null when no rates are loaded. */
  usd_rate_date: string | null;
  /** Lexemes and operators in the search's tsquery: 0 means the text has no word to look for, and matched nothing. */
  text_nodes: number | null;
};
