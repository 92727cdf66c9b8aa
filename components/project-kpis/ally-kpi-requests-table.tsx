import Link from "next/link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { AllyKpiRequestDto } from "@/lib/project-kpis/kpi-dtos";
import { KpiStandingBadge, formatKpiValue } from "./kpi-standing-badge";
import { ReportActualForm } from "./report-actual-form";

/** Requests addressed to the developer: open ones take the actual inline; answered ones show it against the investor's target. */
export function AllyKpiRequestsTable({ requests, canReport }: { requests: AllyKpiRequestDto[]; canReport: boolean }) {
  return (
    <Table scrollLabel="KPI requests">
      <THead>
        <TR>
          <TH>Project</TH>
          <TH>KPI</TH>
          <TH>Period</TH>
          <TH>Asked by</TH>
          <TH className="text-right">Target</TH>
          <TH>Due</TH>
          <TH>Actual</TH>
        </TR>
      </THead>
      <TBody>
        {requests.map((r) => (
          <TR key={r.id}>
            <TD>
              <Link className="font-medium text-primary hover:underline" href={`/projects/${r.project.id}`}>
                {r.project.name}
              </Link>
            </TD>
            <TD>{r.label}</TD>
            <TD className="tabular-nums">{r.period}</TD>
            <TD>{r.investorName}</TD>
            <TD className="text-right tabular-nums">
              {formatKpiValue(r.targetValue, r.unit)}
              <span className="block text-xs text-muted-foreground">
                {r.direction === "higher_is_better" ? "at or above" : "at or below"}, ±{Number(r.tolerancePct)}%
              </span>
            </TD>
            <TD className={r.overdue ? "text-danger tabular-nums" : "tabular-nums"}>
              {r.dueDate}
              {r.overdue ? " (overdue)" : ""}
            </TD>
            <TD>
              {r.actual ? (
                <span className="flex flex-wrap items-center gap-2 tabular-nums">
                  {formatKpiValue(r.actual.value, r.unit)} <KpiStandingBadge standing={r.actual.standing} variancePct={r.actual.variancePct} />
                </span>
              ) : canReport ? (
                <ReportActualForm projectId={r.project.id} metricName={r.metricName} period={r.period} unit={r.unit} label={r.label} />
              ) : (
                <span className="text-muted-foreground">Awaited</span>
              )}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
