import { AppError } from "@/lib/errors/app-error";
import { DEFAULT_MARKETPLACE_QUERY, type MarketplaceQuery, marketplaceHref, parseMarketplaceQuery } from "../marketplace-query";

const MAX_STORED = 2000;

/** A query string as stored: parsed (bad values dropped), page 1, default view; "" is "every project". */
export function normalizeSavedQuery(raw: string): string {
  const params = Object.fromEntries([...new URLSearchParams(raw.replace(/^\?/, "")).keys()].map((key) => [key, new URLSearchParams(raw.replace(/^\?/, "")).getAll(key)]));
  const { query } = parseMarketplaceQuery(params);
  const stored = marketplaceHref(query, { page: 1, view: DEFAULT_MARKETPLACE_QUERY.view }).split("?")[1] ?? "";
  if (stored.length > MAX_STORED)
    throw new AppError("VALIDATION", "This search is too long to save: remove some filters.", { fieldErrors: { query: ["Too long to save."] } });
  return stored;
}

export function readSavedQuery(stored: string): MarketplaceQuery {
  const search = new URLSearchParams(stored);
  return parseMarketplaceQuery(Object.fromEntries([...search.keys()].map((key) => [key, search.getAll(key)]))).query;
}

export const savedSearchHref = (stored: string) => (stored ? `/marketplace?${stored}` : "/marketplace");
