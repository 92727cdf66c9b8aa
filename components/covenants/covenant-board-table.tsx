import Link from "next/link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { CovenantDto } from "@/lib/covenants/covenant-dtos";
import { CovenantStatusBadge } from "./covenant-status-badge";
import { describeLimits, formatCheckedAt, formatMetricValue } from "@/lib/covenants/format-covenant";

const when = (iso: string | null) => (iso ? formatCheckedAt(iso) : "Never");

/** Every covenant of the org, worst first, each linking to its holding. Amounts are in each portfolio's currency. */
export function CovenantBoardTable({ covenants }: { covenants: CovenantDto[] }) {
  return (
    <Table scrollLabel="Covenants">
      <THead>
        <TR>
          <TH>Status</TH>
          <TH>Covenant</TH>
          <TH>Holding</TH>
          <TH className="text-right">Latest reading</TH>
          <TH>Limits</TH>
          <TH>Last checked (UTC)</TH>
          <TH>First breach</TH>
        </TR>
      </THead>
      <TBody>
        {covenants.map((c) => {
          const currency = c.holding.currency;
          return (
            <TR key={c.id}>
              <TD>
                <CovenantStatusBadge status={c.status} />
              </TD>
              <TD>
                <span className="font-medium">{c.name}</span>
                <span className="block text-xs text-muted-foreground">{c.metricLabel}</span>
              </TD>
              <TD>
                <Link className="font-medium text-primary hover:underline" href={`/portfolios/${c.holding.portfolioId}/holdings/${c.holding.id}#covenants`}>
                  {c.holding.projectName}
                </Link>
                <span className="block text-xs text-muted-foreground">{c.holding.portfolioName}</span>
              </TD>
              <TD className="text-right tabular-nums">{formatMetricValue(c.metricName, c.currentValue, currency)}</TD>
              <TD className="text-sm text-muted-foreground">{describeLimits(c, currency)}</TD>
              <TD className="text-sm tabular-nums">{when(c.lastCheckedAt)}</TD>
              <TD className="text-sm tabular-nums">{c.breachDate ?? "—"}</TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
