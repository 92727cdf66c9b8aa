import { db } from "@/lib/db/client";
import type { Recipient } from "@/lib/notifications/create-notifications";

/**
 * A holding's team: the active members who keep its books (recorded its flows, set its KPI targets
 * or its covenants' waivers) and the org's managers and admins, who answer for every holding.
 */
export async function listHoldingTeam(orgId: string, holdingIds: readonly string[]): Promise<Map<string, Recipient[]>> {
  const [flows, targets, leads] = await Promise.all([
    db.portfolioCashFlow.findMany({
      where: { orgId, holdingId: { in: [...holdingIds] }, createdBy: { not: null } },
      distinct: ["holdingId", "createdBy"],
      select: { holdingId: true, createdBy: true },
    }),
    db.projectKpiTarget.findMany({ where: { orgId, holdingId: { in: [...holdingIds] }, createdBy: { not: null } }, select: { holdingId: true, createdBy: true } }),
    db.user.findMany({ where: { orgId, isActive: true, role: { in: ["manager", "admin"] } }, select: { id: true } }),
  ]);
  const keepers = [...flows, ...targets];
  const active = new Set(
    (await db.user.findMany({ where: { orgId, isActive: true, id: { in: keepers.map((k) => k.createdBy!) } }, select: { id: true } })).map((u) => u.id),
  );
  const team = new Map<string, Recipient[]>();
  for (const holdingId of holdingIds) {
    const ids = new Set(leads.map((u) => u.id));
    for (const keeper of keepers) if (keeper.holdingId === holdingId && active.has(keeper.createdBy!)) ids.add(keeper.createdBy!);
    team.set(
      holdingId,
      [...ids].map((userId) => ({ orgId, userId })),
    );
  }
  return team;
}
