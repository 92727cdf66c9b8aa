import { ent, type Piece, type SentenceFacts, sentence, text, val, who } from "@/lib/audit/sentence-parts";
import type { Json, SentencePart } from "@/lib/audit/types";
import { isPipelineStage, PIPELINE_STAGE_LABELS } from "./pipeline-stages";

const stage = (value: Json | undefined) => val(typeof value === "string" && isPipelineStage(value) ? PIPELINE_STAGE_LABELS[value] : "another stage");
const theProject = (f: SentenceFacts): Piece => (f.entity ? ent(f.entity) : "a project");
const why = (f: SentenceFacts) => (text(f.after?.reason) ? `: “${text(f.after?.reason)}”` : "");

/** The investor's deal pipeline, as its audit log reads it. */
export const PIPELINE_AUDIT_SENTENCES: Record<string, (f: SentenceFacts) => SentencePart[]> = {
  "deal.added": (f) => sentence(who(f), " added ", theProject(f), " to the pipeline in ", stage(f.after?.stage), why(f)),
  "deal.stage_changed": (f) => sentence(who(f), " moved ", theProject(f), " from ", stage(f.before?.stage), " to ", stage(f.after?.stage), why(f)),
};
