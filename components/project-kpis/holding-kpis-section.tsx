import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { KpiTargetDto } from "@/lib/project-kpis/kpi-dtos";
import { lastCompletedPeriod } from "@/lib/project-kpis/kpi-periods";
import { HoldingKpis } from "./holding-kpis";
import { RecordActualForm } from "./record-actual-form";
import { RequestActualsForm } from "./request-actuals-form";
import { SetKpiTargetForm } from "./set-kpi-target-form";
import { ShareHoldingToggle } from "./share-holding-toggle";

type Props = {
  holdingId: string;
  currency: string;
  today: string;
  view: { targets: KpiTargetDto[]; shared: boolean; developerName: string; offPlatform: boolean };
  canManage: boolean;
};

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A holding's project KPIs: targets against the developer's actuals, asking for the next period, and
 * whether the developer may see this holding. Off the platform there is no developer: the investor records the actuals.
 */
export function HoldingKpisSection({ holdingId, currency, today, view, canManage }: Props) {
  const frequency = view.targets[0]?.frequency ?? "quarterly";
  return (
    <section className="grid gap-3 scroll-mt-20" id="kpis" aria-labelledby="kpis-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="kpis-heading" className="text-lg font-semibold">
          Project KPIs
        </h2>
        {canManage && !view.offPlatform ? <ShareHoldingToggle holdingId={holdingId} shared={view.shared} developerName={view.developerName} /> : null}
      </div>
      <HoldingKpis targets={view.targets} canManage={canManage} />
      {canManage ? (
        <div className="grid gap-4">
          {view.targets.length && view.offPlatform ? (
            <Card>
              <CardHeader>
                <CardTitle>Record an actual</CardTitle>
              </CardHeader>
              <CardContent>
                <RecordActualForm
                  holdingId={holdingId}
                  metrics={view.targets.map(({ metricName, label, unit }) => ({ metricName, label, unit }))}
                  defaultPeriod={lastCompletedPeriod(frequency, today)}
                />
              </CardContent>
            </Card>
          ) : null}
          {view.targets.length && !view.offPlatform ? (
            <Card>
              <CardHeader>
                <CardTitle>Ask for actuals</CardTitle>
              </CardHeader>
              <CardContent>
                <RequestActualsForm
                  holdingId={holdingId}
                  defaultPeriod={lastCompletedPeriod(frequency, today)}
                  defaultDue={addDays(today, 14)}
                  developerName={view.developerName}
                />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader>
              <CardTitle>Set a KPI target</CardTitle>
            </CardHeader>
            <CardContent>
              <SetKpiTargetForm holdingId={holdingId} currency={currency} />
            </CardContent>
          </Card>
        </div>
      ) : null}
    </section>
  );
}
