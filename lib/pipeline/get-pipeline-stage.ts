import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { PipelineStage } from "./pipeline-stages";

/** Where a project sits in the org's pipeline, or null when it is not there. */
export async function getPipelineStage(scope: Pick<TenantContext, "org">, projectId: string): Promise<PipelineStage | null> {
  const entry = await db.dealPipelineEntry.findUnique({ where: { orgId_projectId: { orgId: scope.org.id, projectId } }, select: { stage: true } });
  return (entry?.stage as PipelineStage | undefined) ?? null;
}
