import type { Tx } from "@/lib/db/create-db-client";
import { emit } from "@/lib/events/emit";
import { periodBounds } from "./kpi-periods";

export type KpiActualFacts = { projectId: string; metricName: string; period: string; value: string; note: string | null };

/**
 * One actual inside the caller's transaction: stored (or corrected), every open request for it
 * fulfilled, kpi.actual_reported emitted. Returns the row and the value it replaced, if any.
 */
export async function writeKpiActual(tx: Tx, orgId: string, userId: string, facts: KpiActualFacts) {
  const key = { projectId_metricName_period: { projectId: facts.projectId, metricName: facts.metricName, period: facts.period } };
  const before = await tx.projectKpiActual.findUnique({ where: key, select: { value: true } });
  const fields = { value: facts.value, note: facts.note, reportedBy: userId };
  const row = await tx.projectKpiActual.upsert({
    where: key,
    create: {
      ...fields,
      orgId,
      projectId: facts.projectId,
      metricName: facts.metricName,
      period: facts.period,
      periodEnd: new Date(`${periodBounds(facts.period).end}T00:00:00Z`),
    },
    update: fields,
  });
  await tx.projectKpiRequest.updateMany({
    where: { projectId: facts.projectId, period: facts.period, fulfilledAt: null, target: { metricName: facts.metricName } },
    data: { fulfilledAt: new Date() },
  });
  await emit(tx, "kpi.actual_reported", { orgId, projectId: facts.projectId, metricName: facts.metricName, period: facts.period });
  return { row, before: before ? before.value.toFixed(4) : null };
}
