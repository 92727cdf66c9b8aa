import { Bookmark } from "lucide-react";
import Link from "next/link";
import { SavedSearchRow } from "@/components/marketplace/saved-searches/saved-search-row";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { listSavedSearches } from "@/lib/marketplace/saved-searches/list-saved-searches";

export const metadata = { title: "Saved searches" };

export default async function SavedSearchesPage() {
  const tenant = await requireFeaturePage(marketplaceAccess.browse);
  const searches = await listSavedSearches(tenant);
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Marketplace", href: "/marketplace" }, { label: "Saved searches" }]}
        title="Saved searches"
        description="Your own searches of the marketplace. With notices on, projects newly published that fit a search are sent to your notifications."
      />
      {searches.length === 0 ? (
        <EmptyState
          icon={Bookmark}
          title="No saved searches yet"
          description="Narrow the marketplace with filters or words, then choose Save search."
          action={
            <Button asChild>
              <Link href="/marketplace">Browse the marketplace</Link>
            </Button>
          }
        />
      ) : (
        <Card>
          <CardContent>
            <ul className="divide-y divide-border">
              {searches.map((search) => (
                <SavedSearchRow key={search.id} search={search} />
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </>
  );
}
