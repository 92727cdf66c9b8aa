import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

/** Facts of an investor's deal screens (orgId is the investor org). */
export const dealScreeningEvents = {
  "deal.screen_requested": defineEvent({
    description: "A new version of an investor's deal screen was queued.",
    public: false,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), dealScreenId: z.uuid(), versionId: z.uuid() }),
  }),
  "deal.screened": defineEvent({
    description: "A deal screen version finished: COMPLETED (with its recommendation) or FAILED.",
    public: true,
    payload: z.object({
      ...orgScoped,
      projectId: z.uuid(),
      dealScreenId: z.uuid(),
      versionId: z.uuid(),
      status: z.enum(["COMPLETED", "FAILED"]),
      recommendation: z.enum(["PASS", "REVIEW", "REJECT"]).nullable(),
    }),
  }),
};
