import Link from "next/link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { MarketplaceRow } from "@/lib/marketplace/search-marketplace";
import { listingFacts } from "./listing-facts";
import { MatchScoreBadge } from "./match-score-badge";

/** The same page of results as rows; sorting is the toolbar's, in the URL, so it spans every page. */
export function ListingTable({ rows }: { rows: MarketplaceRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <Table aria-label="Projects">
        <THead>
          <TR>
            <TH>Project</TH>
            <TH>Technology</TH>
            <TH>Stage</TH>
            <TH>Location</TH>
            <TH className="text-right">Capacity</TH>
            <TH className="text-right">Raise</TH>
            <TH className="text-right">Signal score</TH>
            <TH>Fit</TH>
          </TR>
        </THead>
        <TBody>
          {rows.map((row) => {
            const facts = listingFacts(row);
            return (
              <TR key={row.projectId}>
                <TD>
                  <Link href={facts.href} className="font-medium hover:underline">
                    {row.name}
                  </Link>
                  <p className="text-xs text-muted-foreground">{row.orgName}</p>
                </TD>
                <TD>{facts.type}</TD>
                <TD>{facts.stage}</TD>
                <TD>{facts.place}</TD>
                <TD className="text-right tabular-nums">{facts.capacity ?? "—"}</TD>
                <TD className="text-right tabular-nums">
                  {facts.investment}
                  {facts.investmentUsd ? <p className="text-xs text-muted-foreground">{facts.investmentUsd}</p> : null}
                </TD>
                <TD className="text-right tabular-nums">{facts.score ?? "—"}</TD>
                <TD>
                  <MatchScoreBadge score={row.matchScore} />
                </TD>
              </TR>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
