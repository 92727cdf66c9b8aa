import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

export const signalScoreEvents = {
  "signal_score.requested": defineEvent({
    description: "A new Signal Score version was queued.",
    public: false,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), scoreId: z.uuid() }),
  }),
  "signal_score.completed": defineEvent({
    description: "A Signal Score version finished: COMPLETED or FAILED.",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), scoreId: z.uuid(), status: z.enum(["COMPLETED", "FAILED"]) }),
  }),
};
