import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { PIPELINE_REASON_MAX_LENGTH, PIPELINE_STAGES } from "./pipeline-stages";

const reason = z
  .string()
  .trim()
  .min(1, "Say why, in a few words: the pipeline's history keeps it.")
  .max(PIPELINE_REASON_MAX_LENGTH, `Keep the reason under ${PIPELINE_REASON_MAX_LENGTH.toLocaleString("en")} characters.`)
  .refine(hasNoNul, NUL_MESSAGE);

export const addToPipelineSchema = z.object({
  projectId: z.uuid("Unknown project."),
  stage: z.enum(PIPELINE_STAGES, "Choose a stage.").default("sourced"),
  reason,
});
export type AddToPipelineInput = z.output<typeof addToPipelineSchema>;

export const moveDealStageSchema = z.object({
  entryId: z.uuid("Unknown deal."),
  to: z.enum(PIPELINE_STAGES, "Choose a stage."),
  /** The stage the mover saw: a move made on a stale board is refused rather than applied twice. */
  from: z.enum(PIPELINE_STAGES, "Choose a stage."),
  reason,
});
export type MoveDealStageInput = z.output<typeof moveDealStageSchema>;

export const pipelineViewSchema = z.object({ view: z.enum(["board", "table"]).optional().catch(undefined) });
