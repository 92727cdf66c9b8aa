import { hasAccess } from "@/lib/access/check-access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { pipelineAccess } from "@/lib/pipeline/access";
import { getPipelineStage } from "@/lib/pipeline/get-pipeline-stage";
import { AddToPipelineButton } from "./add-to-pipeline-button";

/** A listed project's place in the org's pipeline, or the button that adds it (for those who may). */
export async function PipelineProjectAction({ tenant, projectId, projectName }: { tenant: TenantContext; projectId: string; projectName: string }) {
  if (!hasAccess(tenant, pipelineAccess.read)) return null;
  const stage = await getPipelineStage(tenant, projectId);
  if (!stage && !hasAccess(tenant, pipelineAccess.write)) return null;
  return <AddToPipelineButton projectId={projectId} projectName={projectName} currentStage={stage} />;
}
