import { db } from "@/lib/db/client";

/**
 * Unscoped on purpose: the nightly check and a developer's new KPI actual concern every investor org
 * that monitors the project, whichever org triggered the run. Returns org ids only; each org's
 * covenants are then checked under that org's own system principal.
 */
export async function unsafeListCovenantOrgs(filter: { projectId?: string; metricName?: string } = {}): Promise<{ orgId: string; holdingIds: string[] }[]> {
  const rows = await db.covenant.findMany({
    where: {
      status: { not: "WAIVED" },
      holding: { status: "ACTIVE", ...(filter.projectId ? { projectId: filter.projectId } : {}) },
      ...(filter.metricName ? { metricName: filter.metricName } : {}),
    },
    select: { orgId: true, holdingId: true },
    distinct: ["orgId", "holdingId"],
  });
  const byOrg = new Map<string, string[]>();
  for (const row of rows) byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row.holdingId]);
  return [...byOrg].map(([orgId, holdingIds]) => ({ orgId, holdingIds }));
}
