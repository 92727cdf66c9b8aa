import type { CovenantCheckDto } from "@/lib/covenants/covenant-dtos";
import { CovenantStatusBadge } from "./covenant-status-badge";
import { formatCheckedAt, formatMetricValue } from "@/lib/covenants/format-covenant";

/** The latest checks of one covenant, newest first: what was read, from where, and what it concluded. */
export function CovenantHistory({ checks, metricName, currency }: { checks: CovenantCheckDto[]; metricName: string; currency: string }) {
  if (checks.length === 0) return <p className="text-sm text-muted-foreground">Not checked yet.</p>;
  return (
    <ol className="grid gap-2 text-sm">
      {checks.map((check) => (
        <li key={check.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <time dateTime={check.checkedAt} className="text-muted-foreground tabular-nums">
            {formatCheckedAt(check.checkedAt)} UTC
          </time>
          <CovenantStatusBadge status={check.status} />
          <span className="tabular-nums">{formatMetricValue(metricName, check.value, currency)}</span>
          {check.source ? <span className="text-muted-foreground">({check.source})</span> : null}
          {check.detail ? <span className="text-muted-foreground">{check.detail}</span> : null}
          {check.checkedBy ? <span className="text-muted-foreground">by {check.checkedBy}</span> : null}
        </li>
      ))}
    </ol>
  );
}
