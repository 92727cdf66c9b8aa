import { Target } from "lucide-react";
import Link from "next/link";
import { marketplaceHref, type MarketplaceQuery } from "@/lib/marketplace/marketplace-query";
import { cn } from "@/lib/utils/cn";

/** "Fits my mandates": only projects matched to an active mandate, best fit first. */
export function FitsToggle({ query }: { query: MarketplaceQuery }) {
  const on = query.fits;
  const href = on
    ? marketplaceHref(query, { fits: false, sort: query.sort === "match" ? "relevance" : query.sort })
    : marketplaceHref(query, { fits: true, sort: "match" });
  return (
    <Link
      href={href}
      role="switch"
      aria-checked={on}
      className={cn(
        "inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm font-medium",
        on ? "border-primary bg-primary text-primary-foreground" : "border-border hover:bg-muted",
      )}
    >
      <Target className="size-4" aria-hidden />
      Fits my mandates
    </Link>
  );
}
