import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { kpiLabel } from "@/lib/project-kpis/kpi-metrics";

/** The KPIs a covenant on this holding could read: those it has targets for, and those the developer already reports. */
export async function listReportedMetrics(scope: Pick<TenantContext, "org">, holding: { id: string; projectId: string }) {
  const [targets, actuals] = await Promise.all([
    db.projectKpiTarget.findMany({ where: { orgId: scope.org.id, holdingId: holding.id }, select: { metricName: true } }),
    db.projectKpiActual.findMany({ where: { projectId: holding.projectId }, distinct: ["metricName"], select: { metricName: true } }),
  ]);
  const names = [...new Set([...targets, ...actuals].map((row) => row.metricName))].sort();
  return names.map((name) => ({ name, label: kpiLabel(name) }));
}
