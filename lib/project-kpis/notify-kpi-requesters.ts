import { db } from "@/lib/db/client";
import type { ProjectKpiActual } from "@/lib/db/generated/client";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { listOrgRecipients } from "@/lib/notifications/list-org-recipients";
import { kpiReportedContent } from "./kpi-notification-content";

/** Tells each investor org that tracks this KPI (whoever asked, or its managers) that the actual is in, linking to its own holding. */
export async function notifyKpiRequesters(facts: { actual: ProjectKpiActual; projectName: string; allyName: string; unit: string }) {
  const { actual } = facts;
  const targets = await db.projectKpiTarget.findMany({
    where: { projectId: actual.projectId, metricName: actual.metricName, holding: { status: "ACTIVE" } },
    select: { orgId: true, holdingId: true, holding: { select: { portfolioId: true } }, requests: { where: { period: actual.period }, select: { requestedBy: true } } },
  });
  for (const target of targets) {
    await createNotifications(
      await listOrgRecipients(target.orgId, { userIds: target.requests.map((r) => r.requestedBy) }),
      kpiReportedContent({
        allyName: facts.allyName,
        projectName: facts.projectName,
        metricName: actual.metricName,
        period: actual.period,
        value: actual.value.toFixed(4),
        unit: facts.unit,
        link: `/portfolios/${target.holding.portfolioId}/holdings/${target.holdingId}#kpis`,
        actualKey: `${actual.id}:${actual.updatedAt.getTime()}`,
      }),
    );
  }
}
