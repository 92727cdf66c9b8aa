import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { DEFAULT_MARKETPLACE_QUERY, type MarketplaceQuery } from "@/lib/marketplace/marketplace-query";
import { searchMarketplace } from "@/lib/marketplace/search-marketplace";
import { assertApiFeature } from "../assert-api-feature";
import type { SearchApiMarketplaceQuery } from "./schemas";

const range = (min: number | undefined, max: number | undefined) => ({ min: min ?? null, max: max ?? null });

/**
 * The investor marketplace's own search (searchMarketplace over the listings read model: published,
 * active projects, and only what their allies chose to show), one page of 24 by page number as on
 * the page. Investors only, behind the marketplace flag.
 */
export async function searchApiMarketplace(actor: ApiKeyActor, query: SearchApiMarketplaceQuery) {
  await assertApiFeature(actor, marketplaceAccess.browse);
  const input: MarketplaceQuery = {
    ...DEFAULT_MARKETPLACE_QUERY,
    q: query.q ?? "",
    types: (query.type ?? []) as MarketplaceQuery["types"],
    stages: (query.stage ?? []) as MarketplaceQuery["stages"],
    countries: (query.country ?? []).map((code) => code.toUpperCase()),
    currencies: (query.currency ?? []).map((code) => code.toUpperCase()),
    capacityMw: range(query.capacityMin, query.capacityMax),
    investmentUsd: range(query.investmentMin, query.investmentMax),
    score: range(query.scoreMin, query.scoreMax),
    fits: query.fits === "true",
    sort: query.sort ?? (query.q ? "relevance" : "newest"),
    page: query.page,
  };
  const result = await searchMarketplace(actor, input);
  return { data: result.rows, page: result.page, pageCount: result.pageCount, pageSize: result.pageSize, total: result.total, notices: result.notices };
}
