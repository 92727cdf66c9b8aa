import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { FUNNEL_STAGES, PIPELINE_STAGES, type PipelineStage } from "./pipeline-stages";

export type FunnelStep = { stage: PipelineStage; reached: number; conversionPct: number | null };

/**
 * How many of the org's deals ever reached each stage (from their transitions, so a deal lost in
 * diligence still counts for sourcing, screening and diligence), and the share of the step before
 * that went on. A deal that entered at a later stage counts as having passed the earlier ones.
 */
export async function getPipelineFunnel(scope: Pick<TenantContext, "org">): Promise<FunnelStep[]> {
  const rows = await db.dealStageTransition.findMany({ where: { orgId: scope.org.id }, select: { entryId: true, toStage: true } });
  const furthest = new Map<string, number>();
  for (const row of rows) {
    const index = row.toStage === "closed_lost" ? -1 : FUNNEL_STAGES.indexOf(row.toStage as PipelineStage);
    furthest.set(row.entryId, Math.max(furthest.get(row.entryId) ?? 0, index));
  }
  const reached = FUNNEL_STAGES.map((_, index) => [...furthest.values()].filter((f) => f >= index).length);
  return FUNNEL_STAGES.map((stage, index) => ({
    stage,
    reached: reached[index],
    conversionPct: index === 0 || reached[index - 1] === 0 ? null : Math.round((100 * reached[index]) / reached[index - 1]),
  }));
}

/** Deals per current stage, every stage listed. */
export function countByStage(deals: { stage: PipelineStage }[]): Record<PipelineStage, number> {
  const counts = Object.fromEntries(PIPELINE_STAGES.map((stage) => [stage, 0])) as Record<PipelineStage, number>;
  for (const deal of deals) counts[deal.stage] += 1;
  return counts;
}
