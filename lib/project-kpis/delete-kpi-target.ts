import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** Stops tracking a KPI: its target and the open requests for it go; the developer's reported actuals stay theirs. */
export async function deleteKpiTarget(actor: Actor, input: { targetId: string }) {
  const target = looksLikeUuid(input.targetId)
    ? await db.projectKpiTarget.findFirst({ where: { id: input.targetId, orgId: actor.org.id }, include: { project: { select: { name: true } } } })
    : null;
  if (!target) throw notFound("KPI target");
  return auditedWrite(actor, async (tx) => {
    await tx.projectKpiTarget.delete({ where: { id: target.id } });
    return {
      result: { holdingId: target.holdingId },
      audit: {
        action: "kpi_target.deleted",
        entityType: "PortfolioHolding",
        entityId: target.holdingId,
        changes: { before: { project: target.project.name, metricName: target.metricName, targetValue: target.targetValue.toFixed(4) } },
      },
    };
  });
}
