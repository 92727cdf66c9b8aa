import { PROJECT_STAGES, PROJECT_TYPES, type ProjectType } from "@/lib/projects/project-options";
import { cleanSearchText } from "@/lib/utils/free-text";
import { readFlag, readList, readRange, readSingle } from "./read-marketplace-param";

/**
 * The marketplace's state as its URL carries it, read and written back. Zod-free and free of the
 * country list, so the marketplace's client components (facet links, the search form) can import
 * it without zod or i18n-iso-countries in their bundle. Country codes are checked against ISO 3166
 * on the server, by searchMarketplace.
 */
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const MARKETPLACE_PAGE_SIZE = 24;
export const MARKETPLACE_SEARCH_MAX_CHARS = 200;
export const MARKETPLACE_SORTS = ["relevance", "newest", "score", "investment_asc", "investment_desc", "capacity_desc", "match"] as const;
export type MarketplaceSort = (typeof MARKETPLACE_SORTS)[number];
export const MARKETPLACE_VIEWS = ["cards", "table", "map"] as const;
export type MarketplaceView = (typeof MARKETPLACE_VIEWS)[number];
export type MarketplaceRange = { min: number | null; max: number | null };

export type MarketplaceQuery = {
  q: string;
  types: ProjectType[];
  stages: ProjectStage[];
  countries: string[];
  currencies: string[];
  capacityMw: MarketplaceRange;
  /** Whole USD. */
  investmentUsd: MarketplaceRange;
  /** Signal score 0-100. */
  score: MarketplaceRange;
  /** "Fits my mandates". */
  fits: boolean;
  sort: MarketplaceSort;
  page: number;
  view: MarketplaceView;
};

/** The URL's parameter names: a plain GET form may use them as its inputs' names. */
export const MARKETPLACE_PARAMS = {
  q: "q",
  types: "type",
  stages: "stage",
  countries: "country",
  currencies: "currency",
  capacityMw: ["capacity_min", "capacity_max"],
  investmentUsd: ["investment_min", "investment_max"],
  score: ["score_min", "score_max"],
  fits: "fits",
  sort: "sort",
  page: "page",
  view: "view",
} as const;

export const DEFAULT_MARKETPLACE_QUERY: MarketplaceQuery = {
  q: "",
  types: [],
  stages: [],
  countries: [],
  currencies: [],
  capacityMw: { min: null, max: null },
  investmentUsd: { min: null, max: null },
  score: { min: null, max: null },
  fits: false,
  sort: "relevance",
  page: 1,
  view: "cards",
};

const RANGE_LIMITS = {
  capacityMw: { label: "capacity", decimals: 4, max: 1e15 },
  investmentUsd: { label: "investment", decimals: 0, max: 1e15 },
  score: { label: "signal score", decimals: 2, max: 100 },
} as const;

let currencyCodes: Set<string> | undefined;
const isCurrency = (code: string) => (currencyCodes ??= new Set(Intl.supportedValuesOf("currency"))).has(code);

type Params = Record<string, string | string[] | undefined>;

/** Never throws: bad values are dropped (or corrected) and each is explained in a notice. */
export function parseMarketplaceQuery(params: Params): { query: MarketplaceQuery; notices: string[] } {
  const notices: string[] = [];
  const p = MARKETPLACE_PARAMS;
  const q = readSearch(readSingle(params[p.q]) ?? "", notices);
  const fits = readFlag(params[p.fits], "Fits my mandates", notices);
  const query: MarketplaceQuery = {
    q,
    types: readList(params[p.types], (value) => (PROJECT_TYPES as readonly string[]).includes(value), "project type", notices) as ProjectType[],
    stages: readList(params[p.stages], (value) => (PROJECT_STAGES as readonly string[]).includes(value), "stage", notices) as ProjectStage[],
    countries: readList(params[p.countries], (value) => /^[A-Z]{2}$/.test(value), "country", notices),
    currencies: readList(params[p.currencies], isCurrency, "currency", notices),
    capacityMw: readRange(params, p.capacityMw, RANGE_LIMITS.capacityMw, notices),
    investmentUsd: readRange(params, p.investmentUsd, RANGE_LIMITS.investmentUsd, notices),
    score: readRange(params, p.score, RANGE_LIMITS.score, notices),
    fits,
    sort: readSort(readSingle(params[p.sort]), { fits, q }, notices),
    page: readPage(readSingle(params[p.page]), notices),
    view: readView(readSingle(params[p.view]), notices),
  };
  return { query, notices };
}

function readSearch(raw: string, notices: string[]): string {
  const text = cleanSearchText(raw).replace(/\s+/g, " ").trim();
  // By code point, so a cut never leaves half an emoji (a lone surrogate) in the query.
  const points = Array.from(text);
  if (points.length <= MARKETPLACE_SEARCH_MAX_CHARS) return text;
  notices.push(`The search was cut to ${MARKETPLACE_SEARCH_MAX_CHARS} characters.`);
  return points.slice(0, MARKETPLACE_SEARCH_MAX_CHARS).join("").trim();
}

function readSort(raw: string | undefined, state: { fits: boolean; q: string }, notices: string[]): MarketplaceSort {
  const fallback = state.q ? "relevance" : "newest";
  if (raw === undefined || raw === "") return DEFAULT_MARKETPLACE_QUERY.sort;
  if (!(MARKETPLACE_SORTS as readonly string[]).includes(raw)) {
    notices.push(`Unknown sort "${raw}" was ignored: sorted by ${fallback}.`);
    return DEFAULT_MARKETPLACE_QUERY.sort;
  }
  if (raw === "match" && !state.fits) {
    notices.push(`Sorting by best match needs "Fits my mandates": sorted by ${fallback} instead.`);
    return DEFAULT_MARKETPLACE_QUERY.sort;
  }
  return raw as MarketplaceSort;
}

function readPage(raw: string | undefined, notices: string[]): number {
  if (raw === undefined || raw === "") return 1;
  const page = Number(raw);
  if (Number.isInteger(page) && page >= 1 && page <= 100_000) return page;
  notices.push(`There is no page "${raw}": showing page 1.`);
  return 1;
}

function readView(raw: string | undefined, notices: string[]): MarketplaceView {
  if (raw === undefined || raw === "") return DEFAULT_MARKETPLACE_QUERY.view;
  if ((MARKETPLACE_VIEWS as readonly string[]).includes(raw)) return raw as MarketplaceView;
  notices.push(`Unknown view "${raw}" was ignored: showing cards.`);
  return DEFAULT_MARKETPLACE_QUERY.view;
}

/** "/marketplace?..." with only non-default values; the page goes back to 1 unless the patch sets it. */
export function marketplaceHref(query: MarketplaceQuery, patch: Partial<MarketplaceQuery> = {}): string {
  const next: MarketplaceQuery = { ...query, page: 1, ...patch };
  const p = MARKETPLACE_PARAMS;
  const params = new URLSearchParams();
  if (next.q) params.set(p.q, next.q);
  for (const key of ["types", "stages", "countries", "currencies"] as const) {
    for (const value of next[key]) params.append(p[key], value);
  }
  for (const key of ["capacityMw", "investmentUsd", "score"] as const) {
    const [minName, maxName] = p[key];
    if (next[key].min !== null) params.set(minName, String(next[key].min));
    if (next[key].max !== null) params.set(maxName, String(next[key].max));
  }
  if (next.fits) params.set(p.fits, "1");
  if (next.sort !== DEFAULT_MARKETPLACE_QUERY.sort) params.set(p.sort, next.sort);
  if (next.view !== DEFAULT_MARKETPLACE_QUERY.view) params.set(p.view, next.view);
  if (next.page > 1) params.set(p.page, String(next.page));
  const search = params.toString();
  return search ? `/marketplace?${search}` : "/marketplace";
}
