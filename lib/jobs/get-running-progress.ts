import { db } from "@/lib/db/client";

export type RunProgress = { done: number; total: number };

/**
 * How far the running jobs on these entities of one org have got (the per-page progress their
 * handlers report), keyed by entity id. Entities with no running job, or none that reports, are absent.
 */
export async function getRunningProgress(orgId: string, entityType: string, entityIds: string[]): Promise<Map<string, RunProgress>> {
  if (entityIds.length === 0) return new Map();
  const runs = await db.jobRun.findMany({
    where: { orgId, entityType, entityId: { in: entityIds }, status: "RUNNING", progressTotal: { gt: 0 } },
    select: { entityId: true, progressDone: true, progressTotal: true },
  });
  return new Map(runs.map((run) => [run.entityId!, { done: Math.min(run.progressDone ?? 0, run.progressTotal!), total: run.progressTotal! }]));
}
