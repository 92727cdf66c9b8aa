import { Gauge } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { KpiTargetDto } from "@/lib/project-kpis/kpi-dtos";
import { FREQUENCY_LABELS } from "@/lib/project-kpis/kpi-periods";
import { DeleteKpiTargetButton } from "./delete-kpi-target-button";
import { KpiStandingBadge, formatKpiValue } from "./kpi-standing-badge";

/** Each KPI of the holding: its target, the developer's latest actual against it, earlier periods, and what is still awaited. */
export function HoldingKpis({ targets, canManage }: { targets: KpiTargetDto[]; canManage: boolean }) {
  if (targets.length === 0)
    return (
      <EmptyState
        icon={Gauge}
        size="sm"
        title="No KPI targets yet"
        description="Set targets for what the project should deliver; then ask the developer for actuals each period."
      />
    );
  return (
    <Table scrollLabel="KPI targets and actuals">
      <THead>
        <TR>
          <TH>KPI</TH>
          <TH className="text-right">Target</TH>
          <TH className="text-right">Latest actual</TH>
          <TH>Against target</TH>
          <TH>Earlier periods</TH>
          <TH>Awaited</TH>
          {canManage ? <TH className="sr-only">Actions</TH> : null}
        </TR>
      </THead>
      <TBody>
        {targets.map((t) => {
          const [latest, ...earlier] = t.actuals;
          return (
            <TR key={t.id}>
              <TD>
                <span className="font-medium">{t.label}</span>
                <span className="block text-xs text-muted-foreground">
                  {FREQUENCY_LABELS[t.frequency]} · {t.direction === "higher_is_better" ? "higher is better" : "lower is better"} · ±{Number(t.tolerancePct)}%
                </span>
              </TD>
              <TD className="text-right tabular-nums">{formatKpiValue(t.targetValue, t.unit)}</TD>
              <TD className="text-right tabular-nums">
                {latest ? (
                  <>
                    {formatKpiValue(latest.value, t.unit)}
                    <span className="block text-xs text-muted-foreground">{latest.period}</span>
                  </>
                ) : (
                  <span className="text-muted-foreground">Not reported</span>
                )}
              </TD>
              <TD>{latest ? <KpiStandingBadge standing={latest.standing} variancePct={latest.variancePct} /> : null}</TD>
              <TD className="text-xs text-muted-foreground tabular-nums">
                {earlier.length
                  ? earlier
                      .slice(0, 4)
                      .map((a) => `${a.period}: ${formatKpiValue(a.value, t.unit)}`)
                      .join(" · ")
                  : "—"}
              </TD>
              <TD className="text-sm">
                {t.openRequests.length
                  ? t.openRequests.map((r) => (
                      <span key={r.period} className={r.overdue ? "block text-danger" : "block"}>
                        {r.period}, due {r.dueDate}
                        {r.overdue ? " (overdue)" : ""}
                      </span>
                    ))
                  : "—"}
              </TD>
              {canManage ? (
                <TD>
                  <DeleteKpiTargetButton targetId={t.id} label={t.label} />
                </TD>
              ) : null}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
