import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { listOrgRecipients } from "@/lib/notifications/list-org-recipients";
import { getHoldingOrThrow } from "@/lib/portfolios/get-holding-or-throw";
import { todayIso } from "@/lib/portfolios/today-iso";
import { kpiRequestedContent } from "./kpi-notification-content";
import { FREQUENCY_LABELS, periodBounds, periodFrequency } from "./kpi-periods";
import type { RequestKpiActualsInput } from "./schemas";

/**
 * Asks the developer for the actuals of one ended period, for every KPI of the holding reported at
 * that frequency that is neither asked for already nor reported. Tells the developer's managers.
 */
export async function requestKpiActuals(actor: Actor, input: RequestKpiActualsInput) {
  const holding = await getHoldingOrThrow(actor, input.holdingId);
  if (holding.offPlatform)
    throw new AppError("VALIDATION", `${holding.project.name} is developed off the platform: there is nobody here to ask. Record its actuals yourself.`);
  const today = todayIso();
  const { end } = periodBounds(input.period);
  if (end >= today) throw new AppError("VALIDATION", `${input.period} has not ended yet: ask once it has.`, { fieldErrors: { period: ["Not ended yet."] } });
  if (input.dueDate < today) throw new AppError("VALIDATION", "The due date is in the past.", { fieldErrors: { dueDate: ["Not in the past."] } });
  const frequency = periodFrequency(input.period);
  const targets = await db.projectKpiTarget.findMany({ where: { orgId: actor.org.id, holdingId: holding.id, frequency }, orderBy: { metricName: "asc" } });
  if (targets.length === 0)
    throw new AppError(
      "VALIDATION",
      `No ${FREQUENCY_LABELS[frequency].toLowerCase()} KPI is set on ${holding.project.name}: set one first, or ask for another kind of period.`,
    );
  const [asked, reported, project] = await Promise.all([
    db.projectKpiRequest.findMany({ where: { targetId: { in: targets.map((t) => t.id) }, period: input.period }, select: { targetId: true } }),
    db.projectKpiActual.findMany({
      where: { projectId: holding.project.id, period: input.period, metricName: { in: targets.map((t) => t.metricName) } },
      select: { metricName: true },
    }),
    db.project.findUniqueOrThrow({ where: { id: holding.project.id }, select: { orgId: true } }),
  ]);
  const skip = new Set([...asked.map((a) => a.targetId), ...targets.filter((t) => reported.some((r) => r.metricName === t.metricName)).map((t) => t.id)]);
  const open = targets.filter((t) => !skip.has(t.id));
  if (open.length === 0)
    throw new AppError(
      "CONFLICT",
      `Every ${FREQUENCY_LABELS[frequency].toLowerCase()} KPI of ${holding.project.name} for ${input.period} is already asked for or reported.`,
    );
  const requests = await auditedWrite(actor, async (tx) => {
    const rows = await tx.projectKpiRequest.createManyAndReturn({
      data: open.map((t) => ({
        orgId: actor.org.id,
        targetId: t.id,
        projectId: holding.project.id,
        allyOrgId: project.orgId,
        period: input.period,
        dueDate: new Date(`${input.dueDate}T00:00:00Z`),
        requestedBy: actor.user.id,
      })),
      skipDuplicates: true,
    });
    for (const row of rows) {
      const metricName = open.find((t) => t.id === row.targetId)!.metricName;
      await emit(tx, "kpi.actuals_requested", {
        orgId: actor.org.id,
        requestId: row.id,
        projectId: holding.project.id,
        allyOrgId: project.orgId,
        metricName,
        period: input.period,
      });
    }
    return {
      result: rows,
      audit: {
        action: "kpi.actuals_requested",
        entityType: "PortfolioHolding",
        entityId: holding.id,
        changes: { after: { project: holding.project.name, period: input.period, dueDate: input.dueDate, metrics: open.map((t) => t.metricName) } },
      },
    };
  });
  await createNotifications(
    await listOrgRecipients(project.orgId, { userIds: [] }),
    kpiRequestedContent({
      investorName: actor.org.name,
      projectName: holding.project.name,
      metricNames: open.map((t) => t.metricName),
      period: input.period,
      dueDate: input.dueDate,
      key: requests
        .map((r) => r.id)
        .join(",")
        .slice(0, 180),
    }),
  );
  return { requested: requests.length, skipped: skip.size };
}
