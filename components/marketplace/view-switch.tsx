import { LayoutGrid, Map as MapIcon, Table2 } from "lucide-react";
import Link from "next/link";
import { marketplaceHref, type MarketplaceQuery, type MarketplaceView } from "@/lib/marketplace/marketplace-query";
import { cn } from "@/lib/utils/cn";

const VIEWS: { view: MarketplaceView; label: string; icon: typeof LayoutGrid }[] = [
  { view: "cards", label: "Cards", icon: LayoutGrid },
  { view: "table", label: "Table", icon: Table2 },
  { view: "map", label: "Map", icon: MapIcon },
];

export function ViewSwitch({ query }: { query: MarketplaceQuery }) {
  return (
    <nav aria-label="View" className="inline-flex rounded-md border border-border p-0.5">
      {VIEWS.map(({ view, label, icon: Icon }) => (
        <Link
          key={view}
          href={marketplaceHref(query, { view, page: query.page })}
          aria-current={query.view === view ? "page" : undefined}
          className={cn(
            "flex items-center gap-1.5 rounded px-2.5 py-1 text-sm",
            query.view === view ? "bg-muted font-medium" : "text-muted-foreground hover:text-foreground",
          )}
        >
          <Icon className="size-4" aria-hidden />
          {label}
        </Link>
      ))}
    </nav>
  );
}
