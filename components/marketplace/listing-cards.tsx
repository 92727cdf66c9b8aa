import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import type { MarketplaceRow } from "@/lib/marketplace/search-marketplace";
import { listingFacts } from "./listing-facts";
import { MatchScoreBadge } from "./match-score-badge";
import { SnippetText } from "./snippet-text";

export function ListingCards({ rows }: { rows: MarketplaceRow[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Projects">
      {rows.map((row) => {
        const facts = listingFacts(row);
        return (
          <li key={row.projectId}>
            <Card className="h-full transition-shadow focus-within:ring-2 focus-within:ring-ring hover:shadow-md">
              <CardContent className="grid h-full content-start gap-3 pt-5">
                <div className="flex flex-wrap items-center gap-1.5">
                  <Badge variant="secondary">{facts.type}</Badge>
                  <Badge variant="outline">{facts.stage}</Badge>
                  <MatchScoreBadge score={row.matchScore} />
                </div>
                <div>
                  <h3 className="font-semibold leading-snug">
                    <Link href={facts.href} className="hover:underline focus-visible:outline-none">
                      {row.name}
                    </Link>
                  </h3>
                  <p className="text-xs text-muted-foreground">
                    {row.orgName} · {facts.place}
                  </p>
                </div>
                <p className="line-clamp-3 text-sm text-muted-foreground">
                  <SnippetText snippet={row.snippet} fallback="" />
                </p>
                <dl className="mt-auto grid grid-cols-3 gap-2 border-t border-border pt-3 text-xs">
                  <div>
                    <dt className="text-muted-foreground">Raise</dt>
                    <dd className="font-medium" title={facts.investmentUsd ?? undefined}>
                      {facts.investment}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-muted-foreground">Capacity</dt>
                    <dd className="font-medium">{facts.capacity ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="text-muted-foreground">Signal score</dt>
                    <dd className="font-medium">{facts.score ?? "Not scored"}</dd>
                  </div>
                </dl>
              </CardContent>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
