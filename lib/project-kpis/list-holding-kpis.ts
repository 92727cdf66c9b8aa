import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { dayOf, todayIso } from "@/lib/portfolios/today-iso";
import type { KpiTargetDto } from "./kpi-dtos";
import { kpiLabel } from "./kpi-metrics";
import { kpiVariance } from "./kpi-variance";

const PERIODS_SHOWN = 8;

/** A holding's KPI targets, each with the developer's latest actuals against it and the periods still awaited. */
export async function listHoldingKpis(scope: Pick<TenantContext, "org">, holding: { id: string; projectId: string }): Promise<KpiTargetDto[]> {
  const targets = await db.projectKpiTarget.findMany({
    where: { orgId: scope.org.id, holdingId: holding.id },
    include: { requests: { where: { fulfilledAt: null }, orderBy: { period: "asc" } } },
    orderBy: { metricName: "asc" },
  });
  if (targets.length === 0) return [];
  const actuals = await db.projectKpiActual.findMany({
    where: { projectId: holding.projectId, metricName: { in: targets.map((t) => t.metricName) } },
    orderBy: [{ periodEnd: "desc" }],
  });
  const today = todayIso();
  return targets.map((t) => ({
    id: t.id,
    metricName: t.metricName,
    label: kpiLabel(t.metricName),
    unit: t.unit,
    targetValue: t.targetValue.toFixed(4),
    tolerancePct: t.tolerancePct.toFixed(2),
    direction: t.direction as KpiTargetDto["direction"],
    frequency: t.frequency as KpiTargetDto["frequency"],
    actuals: actuals
      .filter((a) => a.metricName === t.metricName)
      .slice(0, PERIODS_SHOWN)
      .map((a) => ({
        period: a.period,
        periodEnd: dayOf(a.periodEnd),
        value: a.value.toFixed(4),
        note: a.note,
        reportedAt: a.updatedAt.toISOString(),
        ...kpiVariance(t, a.value),
      })),
    openRequests: t.requests.map((r) => ({ period: r.period, dueDate: dayOf(r.dueDate), overdue: dayOf(r.dueDate) < today })),
  }));
}
