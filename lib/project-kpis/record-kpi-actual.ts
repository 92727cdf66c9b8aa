import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getHoldingOrThrow } from "@/lib/portfolios/get-holding-or-throw";
import { todayIso } from "@/lib/portfolios/today-iso";
import { kpiLabel } from "./kpi-metrics";
import { periodBounds } from "./kpi-periods";
import type { RecordKpiActualInput } from "./schemas";
import { writeKpiActual } from "./write-kpi-actual";

/**
 * The investor enters (or corrects) an actual of a holding developed off the platform, where no
 * developer can report it. Only a KPI the holding tracks, for an ended period. The actual belongs
 * to the project, in the register's org, like a developer's report would; the covenant checks that
 * read it run again (kpi.actual_reported). On-platform actuals stay the developer's word alone.
 */
export async function recordKpiActual(actor: Actor, input: RecordKpiActualInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  if (!holding.offPlatform) throw new AppError("VALIDATION", `${holding.project.name}'s developer reports its actuals on the platform: ask for them instead.`);
  const { end } = periodBounds(input.period);
  if (end >= todayIso()) throw new AppError("VALIDATION", `${input.period} has not ended yet.`, { fieldErrors: { period: ["Not ended yet."] } });
  const target = await db.projectKpiTarget.findFirst({ where: { orgId: actor.org.id, holdingId: holding.id, metricName: input.metricName }, select: { id: true } });
  if (!target) throw new AppError("VALIDATION", `${kpiLabel(input.metricName)} is not tracked on ${holding.project.name}: set a target for it first.`);
  const project = await db.project.findUniqueOrThrow({ where: { id: holding.project.id }, select: { orgId: true } });
  return auditedWrite(actor, async (tx) => {
    const facts = { projectId: holding.project.id, metricName: input.metricName, period: input.period, value: input.value, note: input.note };
    const { row, before } = await writeKpiActual(tx, project.orgId, actor.user.id, facts);
    return {
      result: row,
      audit: {
        action: before ? "kpi_actual.corrected" : "kpi_actual.reported",
        entityType: "PortfolioHolding",
        entityId: holding.id,
        changes: {
          before: before ? { value: before } : null,
          after: { project: holding.project.name, metricName: input.metricName, period: input.period, value: input.value },
        },
      },
    };
  });
}
