import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { KpiTargetDto } from "./kpi-dtos";
import { listHoldingKpis } from "./list-holding-kpis";

/** What a holding's KPI section needs: the targets with actuals, whether the holding is shown to the developer, and the developer's name (none off the platform). */
export async function getHoldingKpisView(
  scope: Pick<TenantContext, "org">,
  holding: { id: string; projectId: string; offPlatform: boolean },
): Promise<{ targets: KpiTargetDto[]; shared: boolean; developerName: string; offPlatform: boolean }> {
  const [targets, share, project] = await Promise.all([
    listHoldingKpis(scope, holding),
    db.portfolioHoldingShare.findFirst({ where: { holdingId: holding.id, orgId: scope.org.id }, select: { id: true } }),
    db.project.findUniqueOrThrow({ where: { id: holding.projectId }, select: { org: { select: { name: true } } } }),
  ]);
  return { targets, shared: Boolean(share), developerName: project.org.name, offPlatform: holding.offPlatform };
}
