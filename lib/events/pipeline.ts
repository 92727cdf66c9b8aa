import { z } from "zod";
import { PIPELINE_STAGES } from "@/lib/pipeline/pipeline-stages";
import { defineEvent, orgScoped } from "./define-event";

const stage = z.enum(PIPELINE_STAGES);

/** Facts of an investor's deal pipeline (orgId is the investor org). */
export const pipelineEvents = {
  "deal.stage_changed": defineEvent({
    description: "A project moved to another stage of an investor's deal pipeline (from is null when it entered).",
    public: true,
    payload: z.object({ ...orgScoped, entryId: z.uuid(), projectId: z.uuid(), from: stage.nullable(), to: stage }),
  }),
};
