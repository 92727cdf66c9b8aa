import Link from "next/link";
import { marketplaceHref, type MarketplaceQuery } from "@/lib/marketplace/marketplace-query";
import type { FacetValue, MarketplacePage } from "@/lib/marketplace/search-marketplace";
import { FacetLink } from "./facet-link";
import { RangeFilterForm } from "./range-filter-form";
import { SearchableFacet } from "./searchable-facet";

type FacetKey = keyof MarketplacePage["facets"];
const FIELDS = { type: "types", stage: "stages", country: "countries", currency: "currencies" } as const satisfies Record<FacetKey, keyof MarketplaceQuery>;
const TITLES: Record<FacetKey, string> = { type: "Technology", stage: "Stage", country: "Country", currency: "Currency" };

function toggled(query: MarketplaceQuery, key: FacetKey, value: string): string {
  const field = FIELDS[key];
  const current = query[field] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return marketplaceHref(query, { [field]: next });
}

function links(query: MarketplaceQuery, key: FacetKey, values: FacetValue[]) {
  return values.map((v) => ({ label: v.label, count: v.count, selected: v.selected, href: toggled(query, key, v.value) }));
}

/**
 * Disjunctive facets: values of one facet widen (OR), facets narrow each other (AND), and every
 * count says how many projects picking that value would show with the other filters kept.
 */
export function FacetPanel({ query, page }: { query: MarketplaceQuery; page: MarketplacePage }) {
  const anyFilter = marketplaceHref({ ...query, q: "", sort: "relevance", view: "cards" }) !== "/marketplace";
  return (
    <aside aria-label="Filters" className="grid content-start gap-5">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">Filters</h2>
        {anyFilter ? (
          <Link
            href={marketplaceHref(query, {
              types: [],
              stages: [],
              countries: [],
              currencies: [],
              capacityMw: { min: null, max: null },
              investmentUsd: { min: null, max: null },
              score: { min: null, max: null },
              fits: false,
              sort: query.sort === "match" ? "relevance" : query.sort,
            })}
            className="text-xs font-medium text-primary hover:underline"
          >
            Clear all
          </Link>
        ) : null}
      </div>
      {(Object.keys(TITLES) as FacetKey[]).map((key) => (
        <section key={key} aria-label={TITLES[key]} className="grid gap-1">
          <h3 className="px-2 text-xs font-medium tracking-wide text-muted-foreground uppercase">{TITLES[key]}</h3>
          {page.facets[key].length === 0 ? <p className="px-2 text-sm text-muted-foreground">None in these results.</p> : null}
          {key === "country" ? (
            <SearchableFacet title="Country" values={links(query, key, page.facets[key])} />
          ) : (
            links(query, key, page.facets[key]).map((v) => <FacetLink key={v.href} {...v} />)
          )}
        </section>
      ))}
      <RangeFilterForm query={query} bounds={page.bounds} fxRateDate={page.fxRateDate} fxRateStaleDays={page.fxRateStaleDays} />
    </aside>
  );
}
