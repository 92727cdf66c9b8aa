import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { todayIso } from "@/lib/portfolios/today-iso";
import { kpiLabel } from "./kpi-metrics";
import { periodBounds } from "./kpi-periods";
import type { ReportKpiActualInput } from "./schemas";
import { notifyKpiRequesters } from "./notify-kpi-requesters";
import { writeKpiActual } from "./write-kpi-actual";

/**
 * The developer reports (or corrects) one KPI of its own project for one ended period. Only KPIs an
 * investor tracks are accepted. Fulfils every open request for it, emits kpi.actual_reported (the
 * covenant checks that read it run again) and tells the investors who asked.
 */
export async function reportKpiActual(actor: Actor, input: ReportKpiActualInput) {
  const project = await db.project.findFirst({ where: { id: input.projectId, orgId: actor.org.id }, select: { id: true, name: true } });
  if (!project) throw notFound("Project");
  const { end } = periodBounds(input.period);
  if (end >= todayIso()) throw new AppError("VALIDATION", `${input.period} has not ended yet.`, { fieldErrors: { period: ["Not ended yet."] } });
  const tracked = await db.projectKpiTarget.findFirst({
    where: { projectId: project.id, metricName: input.metricName, holding: { status: "ACTIVE" } },
    select: { unit: true },
  });
  if (!tracked) throw new AppError("VALIDATION", `No investor tracks ${kpiLabel(input.metricName)} for ${project.name}: there is nothing to report it to.`);
  const actual = await auditedWrite(actor, async (tx) => {
    const { row, before } = await writeKpiActual(tx, actor.org.id, actor.user.id, {
      projectId: project.id,
      metricName: input.metricName,
      period: input.period,
      value: input.value,
      note: input.note,
    });
    return {
      result: row,
      audit: {
        action: before ? "kpi_actual.corrected" : "kpi_actual.reported",
        entityType: "Project",
        entityId: project.id,
        changes: { before: before ? { value: before } : null, after: { metricName: input.metricName, period: input.period, value: input.value } },
      },
    };
  });
  await notifyKpiRequesters({ actual, projectName: project.name, allyName: actor.org.name, unit: tracked.unit });
  return actual;
}
