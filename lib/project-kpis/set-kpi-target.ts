import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getHoldingOrThrow } from "@/lib/portfolios/get-holding-or-throw";
import type { SetKpiTargetInput } from "./schemas";

/** Sets (or changes) the target for one KPI of a held project; one target per holding and KPI. */
export async function setKpiTarget(actor: Actor, input: SetKpiTargetInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  if (holding.status !== "ACTIVE") throw new AppError("INVALID_TRANSITION", `${holding.project.name} is no longer held: its KPIs are closed.`);
  return auditedWrite(actor, async (tx) => {
    const before = await tx.projectKpiTarget.findUnique({ where: { holdingId_metricName: { holdingId: holding.id, metricName: input.metricName } } });
    const fields = { unit: input.unit, targetValue: input.targetValue, tolerancePct: input.tolerancePct, direction: input.direction, frequency: input.frequency };
    const target = await tx.projectKpiTarget.upsert({
      where: { holdingId_metricName: { holdingId: holding.id, metricName: input.metricName } },
      create: { ...fields, orgId: actor.org.id, holdingId: holding.id, projectId: holding.project.id, metricName: input.metricName, createdBy: actor.user.id },
      update: fields,
    });
    return {
      result: target,
      audit: {
        action: "kpi_target.set",
        entityType: "PortfolioHolding",
        entityId: holding.id,
        changes: {
          before: before ? { targetValue: before.targetValue.toFixed(4), tolerancePct: before.tolerancePct.toFixed(2), frequency: before.frequency } : null,
          after: {
            project: holding.project.name,
            metricName: input.metricName,
            unit: input.unit,
            targetValue: input.targetValue,
            tolerancePct: input.tolerancePct,
            frequency: input.frequency,
          },
        },
      },
    };
  });
}
