import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { MandateListRow } from "@/lib/matching/mandates/list-mandates";
import { cn } from "@/lib/utils/cn";
import { geographiesText, sectorsText, ticketRangeText } from "./mandate-facts";
import { MandateStatusBadge } from "./mandate-status-badge";

/** The org's mandates with what each targets and how its matches look; the name opens the mandate. */
export function MandatesTable({ mandates, footer }: { mandates: MandateListRow[]; footer?: ReactNode }) {
  return (
    <Card className="overflow-hidden p-0">
      <Table>
        <caption className="sr-only">Investment mandates</caption>
        <THead>
          <TR>
            <TH>Mandate</TH>
            <TH>Status</TH>
            <TH className="hidden lg:table-cell">Sectors</TH>
            <TH className="hidden md:table-cell">Geographies</TH>
            <TH className="hidden sm:table-cell">Ticket</TH>
            <TH className="text-right">Matches</TH>
            <TH className="text-right">Best score</TH>
          </TR>
        </THead>
        <TBody>
          {mandates.map((mandate) => (
            <TR key={mandate.id} className={cn(!mandate.isActive && "bg-muted/30")}>
              <TD>
                <Link href={`/mandates/${mandate.id}`} className="font-medium text-foreground hover:underline">
                  {mandate.name}
                </Link>
                {mandate.isDiscoverable ? <span className="block text-xs text-muted-foreground">Discoverable by allies</span> : null}
              </TD>
              <TD>
                <MandateStatusBadge isActive={mandate.isActive} />
              </TD>
              <TD className="hidden text-sm lg:table-cell">{sectorsText(mandate.projectTypes)}</TD>
              <TD className="hidden text-sm md:table-cell">{geographiesText(mandate.geographies)}</TD>
              <TD className="hidden text-sm whitespace-nowrap tabular-nums sm:table-cell">
                {ticketRangeText(mandate.ticketSizeMin, mandate.ticketSizeMax, mandate.currency)}
              </TD>
              <TD className="text-right tabular-nums">{mandate.matchCount.toLocaleString("en")}</TD>
              <TD className="text-right font-medium tabular-nums">{mandate.bestScore ?? <span className="text-muted-foreground">–</span>}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {footer}
    </Card>
  );
}
