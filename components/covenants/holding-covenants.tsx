import { ShieldCheck } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { CovenantDto } from "@/lib/covenants/covenant-dtos";
import { CovenantActions } from "./covenant-actions";
import { CovenantHistory } from "./covenant-history";
import { CovenantStatusBadge } from "./covenant-status-badge";
import { describeLimits, formatMetricValue } from "@/lib/covenants/format-covenant";

type Props = { covenants: CovenantDto[]; currency: string; canWrite: boolean; canWaive: boolean };

/** A holding's covenants, worst first, each with its limits, latest reading and recent checks. */
export function HoldingCovenants({ covenants, currency, canWrite, canWaive }: Props) {
  if (covenants.length === 0)
    return (
      <EmptyState icon={ShieldCheck} size="sm" title="No covenants yet" description="Set one below: checks run every morning and after each new flow or KPI report." />
    );
  return (
    <ul className="grid gap-3">
      {covenants.map((c) => (
        <li key={c.id} className="grid gap-3 rounded-lg border border-border bg-surface p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="grid gap-1">
              <p className="flex flex-wrap items-center gap-2 font-medium">
                {c.name} <CovenantStatusBadge status={c.status} />
              </p>
              <p className="text-sm text-muted-foreground">
                {c.metricLabel} · {describeLimits(c, currency)}
                {c.breachDate ? ` · first breached ${c.breachDate}` : ""}
              </p>
            </div>
            <div className="text-right">
              <p className="text-lg font-semibold tabular-nums">{formatMetricValue(c.metricName, c.currentValue, currency)}</p>
              <p className="text-xs text-muted-foreground">latest reading</p>
            </div>
          </div>
          {c.notes ? <p className="text-sm">{c.notes}</p> : null}
          <details className="group">
            <summary className="cursor-pointer text-sm font-medium text-primary">History ({c.checks.length === 5 ? "latest 5" : c.checks.length} checks)</summary>
            <div className="pt-3">
              <CovenantHistory checks={c.checks} metricName={c.metricName} currency={currency} />
            </div>
          </details>
          {canWrite || canWaive ? <CovenantActions covenantId={c.id} name={c.name} waived={c.status === "WAIVED"} canWaive={canWaive} canDelete={canWrite} /> : null}
        </li>
      ))}
    </ul>
  );
}
