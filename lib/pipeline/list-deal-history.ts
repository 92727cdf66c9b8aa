import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import type { PipelineStage } from "./pipeline-stages";

export type DealTransitionDto = { id: string; from: PipelineStage | null; to: PipelineStage; reason: string; movedBy: string; movedAt: string };

/** Every move of one of the org's deals, newest first; another org's deal is a 404. */
export async function listDealHistory(scope: Pick<TenantContext, "org">, entryId: string): Promise<DealTransitionDto[]> {
  const entry = looksLikeUuid(entryId) ? await db.dealPipelineEntry.findFirst({ where: { id: entryId, orgId: scope.org.id }, select: { id: true } }) : null;
  if (!entry) throw notFound("Deal");
  const rows = await db.dealStageTransition.findMany({
    where: { entryId: entry.id },
    orderBy: [{ movedAt: "desc" }, { id: "desc" }],
    include: { movedByUser: { select: { fullName: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    from: row.fromStage as PipelineStage | null,
    to: row.toStage as PipelineStage,
    reason: row.reason,
    movedBy: row.movedByUser.fullName,
    movedAt: row.movedAt.toISOString(),
  }));
}
