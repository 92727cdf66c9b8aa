import { LineChart } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { listMetricTrends } from "@/lib/portfolios/snapshots/list-metric-trends";
import { type BackfillStatus, readBackfillStatus } from "@/lib/portfolios/snapshots/read-backfill-status";
import { todayIso } from "@/lib/portfolios/today-iso";
import { BackfillSnapshotsForm } from "./backfill-snapshots-form";
import { formatDayText } from "./format-metrics";
import { IrrTrendChart, MoicTrendChart } from "./metric-trend-charts";
import { RefreshWhileBackfilling } from "./refresh-while-backfilling";

const DAY_MS = 86_400_000;
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * IRR and MOIC by day from metric_snapshots (what the nightly job and backfills wrote, each day as
 * of that day), with the backfill under way and its progress; empty, it offers a backfill to writers.
 */
export async function MetricTrends({ tenant, portfolioId, canWrite }: { tenant: Pick<TenantContext, "org">; portfolioId: string; canWrite: boolean }) {
  const [trends, backfill] = await Promise.all([listMetricTrends(tenant, portfolioId), readBackfillStatus(tenant, portfolioId)]);
  const today = todayIso();
  const busy = backfill !== null && backfill.state !== "failed";
  const empty = trends.netIrr.length === 0 && trends.moic.length === 0;
  const form = canWrite && !busy ? <BackfillSnapshotsForm portfolioId={portfolioId} from={shiftDay(today, -180)} to={shiftDay(today, -1)} /> : null;
  return (
    <section className="grid gap-3" aria-labelledby="trends-heading">
      <RefreshWhileBackfilling active={busy} progress={backfill ? `${backfill.state}:${backfill.done}` : ""} />
      <h2 id="trends-heading" className="text-lg font-semibold">
        Trends
      </h2>
      {backfill ? <BackfillProgress status={backfill} /> : null}
      {empty ? (
        <EmptyState
          icon={LineChart}
          title="No daily history yet"
          description="IRR and MOIC are recorded each night from now on. Compute the days before from the ledger, each as of that day."
          action={form}
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>IRR over time</CardTitle>
              <p className="text-sm text-muted-foreground">Net and gross, each day from the flows and marks known on that day.</p>
            </CardHeader>
            <CardContent>
              <IrrTrendChart net={trends.netIrr} gross={trends.grossIrr} label="IRR over time" />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>MOIC over time</CardTitle>
              <p className="text-sm text-muted-foreground">
                Gross, daily from {trends.first ? formatDayText(trends.first) : "—"} to {trends.last ? formatDayText(trends.last) : "—"}.
              </p>
            </CardHeader>
            <CardContent>
              <MoicTrendChart points={trends.moic} label="MOIC over time" />
            </CardContent>
          </Card>
        </div>
      )}
      {!empty && form ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">Compute more days</summary>
          <div className="pt-3">{form}</div>
        </details>
      ) : null}
    </section>
  );
}

function BackfillProgress({ status }: { status: BackfillStatus }) {
  const range = status.from && status.to ? ` from ${formatDayText(status.from)} to ${formatDayText(status.to)}` : "";
  if (status.state === "failed") return <p className="text-sm text-warning">The last history computation{range} failed. Try again, or see Settings &gt; Jobs.</p>;
  const pct = status.total > 0 ? Math.round((status.done / status.total) * 100) : 0;
  const text = status.state === "queued" ? "waiting to start" : `${status.done.toLocaleString("en")} of ${status.total.toLocaleString("en")} days`;
  return (
    <div role="status" className="grid gap-1 rounded-lg border border-border px-4 py-3 text-sm">
      <span>
        Computing the daily history{range}: {text}
      </span>
      <div
        role="progressbar"
        aria-label="Days computed"
        aria-valuemin={0}
        aria-valuemax={status.total}
        aria-valuenow={status.done}
        aria-valuetext={text}
        className="h-1.5 overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full rounded-full bg-brand-500 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
