import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getHoldingOrThrow } from "@/lib/portfolios/get-holding-or-throw";
import { covenantMetricLabel, isLedgerMetric } from "./covenant-metrics";
import { warningLevelProblem } from "./evaluate-covenant";
import type { CreateCovenantInput } from "./schemas";

/**
 * Sets a covenant on an active holding. Its metric must be one somebody produces: a ledger metric,
 * or a KPI the holding has a target for (so the developer is asked for it) or the developer already
 * reports. Refused otherwise, naming the metric, so no covenant waits forever on nothing.
 */
export async function createCovenant(actor: Actor, input: CreateCovenantInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  if (holding.status !== "ACTIVE")
    throw new AppError(
      "INVALID_TRANSITION",
      `${holding.project.name} was ${holding.status === "EXITED" ? "exited" : "written off"}: its covenants are no longer monitored.`,
    );
  const problem = warningLevelProblem(input);
  if (problem) throw new AppError("VALIDATION", problem, { fieldErrors: { thresholdWarning: [problem] } });
  if (!isLedgerMetric(input.metricName)) {
    const [target, actual] = await Promise.all([
      db.projectKpiTarget.findFirst({ where: { orgId: actor.org.id, holdingId: holding.id, metricName: input.metricName }, select: { id: true } }),
      db.projectKpiActual.findFirst({ where: { projectId: holding.project.id, metricName: input.metricName }, select: { id: true } }),
    ]);
    if (!target && !actual) {
      const message = `Nobody reports ${input.metricName} for ${holding.project.name}: set a KPI target for it first (the developer is then asked for actuals), or choose a ledger metric.`;
      throw new AppError("VALIDATION", message, { fieldErrors: { metricName: [`No one reports ${covenantMetricLabel(input.metricName)} yet.`] } });
    }
  }
  return auditedWrite(actor, async (tx) => {
    const covenant = await tx.covenant.create({
      data: {
        orgId: actor.org.id,
        holdingId: holding.id,
        name: input.name,
        metricName: input.metricName,
        operator: input.operator,
        thresholdBreach: input.thresholdBreach,
        thresholdWarning: input.thresholdWarning,
        notes: input.notes,
        status: "OK",
      },
    });
    return {
      result: covenant,
      audit: {
        action: "covenant.created",
        entityType: "Covenant",
        entityId: covenant.id,
        changes: {
          after: {
            covenant: covenant.name,
            project: holding.project.name,
            metricName: input.metricName,
            operator: input.operator,
            thresholdBreach: input.thresholdBreach,
            thresholdWarning: input.thresholdWarning,
          },
        },
      },
    };
  });
}
