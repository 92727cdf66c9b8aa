import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { PIPELINE_STAGE_LABELS, type PipelineStage } from "./pipeline-stages";
import type { MoveDealStageInput } from "./schemas";

/**
 * Moves a deal to another stage, forwards or back, with the reason recorded. The entry is locked
 * and must still be where the mover saw it: two people dragging the same card do not both move it.
 */
export async function moveDealStage(actor: Actor, input: MoveDealStageInput) {
  if (!looksLikeUuid(input.entryId)) throw notFound("Deal");
  return auditedWrite(actor, async (tx) => {
    const [locked] = await tx.$queryRaw<{ stage: PipelineStage; project_id: string }[]>`
      SELECT stage, project_id FROM deal_pipeline_entries WHERE id = ${input.entryId}::uuid AND org_id = ${actor.org.id}::uuid FOR UPDATE`;
    if (!locked) throw notFound("Deal");
    if (locked.stage !== input.from) {
      throw new AppError("STALE_WRITE", `Someone moved this deal to ${PIPELINE_STAGE_LABELS[locked.stage]} meanwhile. Reload the pipeline and try again.`);
    }
    if (input.to === locked.stage) throw new AppError("VALIDATION", `The deal is already in ${PIPELINE_STAGE_LABELS[locked.stage]}.`);
    const entry = await tx.dealPipelineEntry.update({ where: { id: input.entryId }, data: { stage: input.to } });
    await tx.dealStageTransition.create({
      data: { entryId: entry.id, orgId: actor.org.id, fromStage: locked.stage, toStage: input.to, reason: input.reason, movedBy: actor.user.id },
    });
    await emit(tx, "deal.stage_changed", { orgId: actor.org.id, entryId: entry.id, projectId: locked.project_id, from: locked.stage, to: input.to });
    return {
      result: entry,
      audit: {
        action: "deal.stage_changed",
        entityType: "Project",
        entityId: locked.project_id,
        changes: { before: { stage: locked.stage }, after: { stage: input.to, reason: input.reason } },
      },
    };
  });
}
