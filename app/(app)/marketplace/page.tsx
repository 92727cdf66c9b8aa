import { SearchX, Store } from "lucide-react";
import Link from "next/link";
import { Suspense } from "react";
import { FacetPanel } from "@/components/marketplace/facet-panel";
import { FitsToggle } from "@/components/marketplace/fits-toggle";
import { hiddenParams } from "@/components/marketplace/hidden-params";
import { ListingCards } from "@/components/marketplace/listing-cards";
import { ListingMapView } from "@/components/marketplace/listing-map-view";
import { ListingTable } from "@/components/marketplace/listing-table";
import { MarketplaceSearchForm } from "@/components/marketplace/marketplace-search-form";
import { MarketplaceSkeleton } from "@/components/marketplace/marketplace-skeleton";
import { SaveSearchDialog } from "@/components/marketplace/saved-searches/save-search-dialog";
import { ViewSwitch } from "@/components/marketplace/view-switch";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { MARKETPLACE_PARAMS, type MarketplaceQuery, marketplaceHref, parseMarketplaceQuery } from "@/lib/marketplace/marketplace-query";
import { searchMarketplace } from "@/lib/marketplace/search-marketplace";

export const metadata = { title: "Marketplace" };

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Published projects of every developer, faceted and searched in the database; every filter lives in the URL. */
export default async function MarketplacePage({ searchParams }: PageProps) {
  const tenant = await requireFeaturePage(marketplaceAccess.browse);
  const { query, notices } = parseMarketplaceQuery(await searchParams);
  return (
    <>
      <PageHeader
        title="Marketplace"
        description="Renewable and climate projects raising capital, published by their developers."
        actions={
          <div className="flex gap-2">
            <Button asChild variant="ghost">
              <Link href="/marketplace/saved">Saved searches</Link>
            </Button>
            {hasAccess(tenant, marketplaceAccess.follow) ? (
              <SaveSearchDialog query={marketplaceHref(query).split("?")[1] ?? ""} suggestedName={suggestedSearchName(query)} />
            ) : null}
          </div>
        }
      />
      <div className="mb-4 grid gap-3">
        <MarketplaceSearchForm
          q={query.q}
          sort={query.sort}
          fits={query.fits}
          hidden={hiddenParams(query, [MARKETPLACE_PARAMS.q, MARKETPLACE_PARAMS.sort, MARKETPLACE_PARAMS.page])}
        />
        <div className="flex flex-wrap items-center gap-3">
          <FitsToggle query={query} />
          <div className="ml-auto">
            <ViewSwitch query={query} />
          </div>
        </div>
      </div>
      <Suspense key={marketplaceHref(query, { page: query.page })} fallback={<MarketplaceSkeleton />}>
        <MarketplaceResults tenant={tenant} query={query} parseNotices={notices} />
      </Suspense>
    </>
  );
}

async function MarketplaceResults({ tenant, query, parseNotices }: { tenant: TenantContext; query: MarketplaceQuery; parseNotices: string[] }) {
  const page = await searchMarketplace(tenant, query);
  const notices = [...parseNotices, ...page.notices];
  const first = (page.page - 1) * page.pageSize + 1;
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <FacetPanel query={query} page={page} />
      <section aria-label="Results" className="grid min-w-0 content-start gap-4">
        {notices.length > 0 ? (
          <Alert variant="warning" title="Some of the search was adjusted">
            <ul className="list-disc pl-4">
              {notices.map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="marketplace-total">
          {page.total === 1 ? "1 project" : `${page.total.toLocaleString("en")} projects`}
          {query.q ? ` matching “${query.q}”` : ""}
          {query.fits ? " that fit your mandates" : ""}
        </p>
        {page.total === 0 ? (
          <NoResults query={query} />
        ) : query.view === "table" ? (
          <ListingTable rows={page.rows} />
        ) : query.view === "map" ? (
          <ListingMapView page={page} />
        ) : (
          <ListingCards rows={page.rows} />
        )}
        {page.pageCount > 1 ? (
          <PageLinks
            page={page.page}
            pageCount={page.pageCount}
            label="Result pages"
            hrefFor={(n) => marketplaceHref(query, { page: n })}
            shown={{ first, last: first + page.rows.length - 1, total: page.total }}
          />
        ) : null}
      </section>
    </div>
  );
}

/** "Solar, Wind in KE: “storage”": a name the investor can keep or change. */
function suggestedSearchName(query: MarketplaceQuery): string {
  const what = query.types.length ? query.types.map((t) => t.charAt(0) + t.slice(1).toLowerCase().replaceAll("_", " ")).join(", ") : "Projects";
  const where = query.countries.length ? ` in ${query.countries.join(", ")}` : "";
  const words = query.q ? `: “${query.q}”` : "";
  return `${what}${where}${words}`.slice(0, 120);
}

function NoResults({ query }: { query: MarketplaceQuery }) {
  if (query.fits) {
    return (
      <EmptyState
        icon={Store}
        title="No project fits your mandates yet"
        description="Matches appear here as developers publish projects that fit an active mandate. Widen a mandate, or browse everything."
        action={
          <div className="flex gap-2">
            <Button asChild variant="outline">
              <Link href="/mandates">Your mandates</Link>
            </Button>
            <Button asChild>
              <Link href={marketplaceHref(query, { fits: false, sort: "relevance" })}>Browse all projects</Link>
            </Button>
          </div>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={SearchX}
      title="No project matches these filters"
      description="Remove a filter or search for other words."
      action={
        <Button asChild variant="outline">
          <Link href="/marketplace">Clear the search</Link>
        </Button>
      }
    />
  );
}
