import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import { PIPELINE_STAGE_LABELS, type PipelineStage } from "./pipeline-stages";
import type { AddToPipelineInput } from "./schemas";

/**
 * Puts a project on the marketplace into the investor's pipeline, linked to the org's match for it
 * when there is one. Its first transition (from nothing) records who added it and why.
 */
export async function addToPipeline(actor: Actor, input: AddToPipelineInput) {
  const project = await getListedProjectOrThrow(input.projectId);
  return auditedWrite(actor, async (tx) => {
    const existing = await tx.dealPipelineEntry.findUnique({ where: { orgId_projectId: { orgId: actor.org.id, projectId: project.id } }, select: { stage: true } });
    if (existing) throw new AppError("CONFLICT", `${project.name} is already in your pipeline (${PIPELINE_STAGE_LABELS[existing.stage as PipelineStage]}).`);
    const match = await tx.matchResult.findFirst({
      where: { investorOrgId: actor.org.id, projectId: project.id },
      orderBy: [{ overallScore: "desc" }, { id: "asc" }],
      select: { id: true },
    });
    const entry = await tx.dealPipelineEntry.create({
      data: { orgId: actor.org.id, projectId: project.id, stage: input.stage, matchId: match?.id ?? null, addedBy: actor.user.id },
    });
    await tx.dealStageTransition.create({
      data: { entryId: entry.id, orgId: actor.org.id, fromStage: null, toStage: input.stage, reason: input.reason, movedBy: actor.user.id },
    });
    await emit(tx, "deal.stage_changed", { orgId: actor.org.id, entryId: entry.id, projectId: project.id, from: null, to: input.stage });
    return {
      result: entry,
      audit: { action: "deal.added", entityType: "Project", entityId: project.id, changes: { after: { stage: input.stage, reason: input.reason } } },
    };
  });
}
