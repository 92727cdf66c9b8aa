import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { dayOf, todayIso } from "@/lib/portfolios/today-iso";
import type { AllyKpiRequestDto } from "./kpi-dtos";
import { kpiLabel } from "./kpi-metrics";
import { kpiVariance } from "./kpi-variance";

const ANSWERED_SHOWN = 50;

/**
 * The KPI requests investors addressed to this developer: the open ones (oldest due first) and the
 * latest answered, each with the investor's target and, once reported, the variance against it.
 */
export async function listAllyKpiRequests(scope: Pick<TenantContext, "org">): Promise<{ open: AllyKpiRequestDto[]; answered: AllyKpiRequestDto[] }> {
  const include = {
    org: { select: { name: true } },
    project: { select: { id: true, name: true } },
    target: { select: { metricName: true, unit: true, targetValue: true, tolerancePct: true, direction: true } },
  } as const;
  const [open, answered] = await Promise.all([
    db.projectKpiRequest.findMany({ where: { allyOrgId: scope.org.id, fulfilledAt: null }, include, orderBy: [{ dueDate: "asc" }, { id: "asc" }] }),
    db.projectKpiRequest.findMany({
      where: { allyOrgId: scope.org.id, fulfilledAt: { not: null } },
      include,
      orderBy: [{ fulfilledAt: "desc" }, { id: "asc" }],
      take: ANSWERED_SHOWN,
    }),
  ]);
  const rows = [...open, ...answered];
  const actuals = rows.length
    ? await db.projectKpiActual.findMany({
        where: { orgId: scope.org.id, OR: rows.map((r) => ({ projectId: r.projectId, metricName: r.target.metricName, period: r.period })) },
        select: { projectId: true, metricName: true, period: true, value: true },
      })
    : [];
  const today = todayIso();
  const toDto = (r: (typeof rows)[number]): AllyKpiRequestDto => {
    const actual = actuals.find((a) => a.projectId === r.projectId && a.metricName === r.target.metricName && a.period === r.period);
    return {
      id: r.id,
      investorName: r.org.name,
      project: r.project,
      metricName: r.target.metricName,
      label: kpiLabel(r.target.metricName),
      unit: r.target.unit,
      targetValue: r.target.targetValue.toFixed(4),
      tolerancePct: r.target.tolerancePct.toFixed(2),
      direction: r.target.direction as AllyKpiRequestDto["direction"],
      period: r.period,
      dueDate: dayOf(r.dueDate),
      overdue: !r.fulfilledAt && dayOf(r.dueDate) < today,
      fulfilledAt: r.fulfilledAt?.toISOString() ?? null,
      actual: actual ? { value: actual.value.toFixed(4), ...kpiVariance(r.target, actual.value) } : null,
    };
  };
  return { open: open.map(toDto), answered: answered.map(toDto) };
}
