import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { OrgSpendRow } from "@/lib/ai-usage/unsafe-get-platform-ai-usage";
import { formatUsd } from "./format-usd";

export function PlatformOrgTable({ rows }: { rows: OrgSpendRow[] }) {
  return (
    <Table>
      <THead>
        <TR>
          <TH>Organisation</TH>
          <TH>Plan</TH>
          <TH className="text-right">Runs</TH>
          <TH className="text-right">Failed</TH>
          <TH className="text-right">Spend</TH>
          <TH className="text-right">Budget</TH>
          <TH className="text-right">Used</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.orgId}>
            <TD>
              <span className="font-medium">{r.name}</span> <span className="text-xs text-muted-foreground">{r.type.toLowerCase()}</span>
            </TD>
            <TD className="capitalize">{r.tier}</TD>
            <TD className="text-right tabular-nums">{r.runs}</TD>
            <TD className="text-right tabular-nums">{r.failed || "–"}</TD>
            <TD className="text-right tabular-nums">{formatUsd(r.spentUsd)}</TD>
            <TD className="text-right tabular-nums">{formatUsd(r.budgetUsd)}</TD>
            <TD className="text-right">
              <Badge variant={r.usedPct >= 90 ? "danger" : r.usedPct >= 75 ? "warning" : "muted"}>{r.usedPct}%</Badge>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
