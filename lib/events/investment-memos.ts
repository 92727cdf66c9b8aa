import { z } from "zod";
import { defineEvent, orgScoped } from "./define-event";

/** Facts of an investor's investment memos (orgId is the investor org). */
export const investmentMemoEvents = {
  "memo.generation_requested": defineEvent({
    description: "An investment memo was queued to be written from a completed deal screen.",
    public: false,
    payload: z.object({
      ...orgScoped,
      projectId: z.uuid(),
      memoId: z.uuid(),
      screen: z.object({ type: z.enum(["DealScreenVersion", "DealScreen"]), id: z.uuid() }),
    }),
  }),
  "memo.generated": defineEvent({
    description: "An investment memo was written from a deal screen, its sections citing the screen's pages.",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), memoId: z.uuid() }),
  }),
  "memo.updated": defineEvent({
    description: "Someone edited and saved an investment memo.",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), memoId: z.uuid() }),
  }),
  "memo.deleted": defineEvent({
    description: "Someone deleted an investment memo (its citations and lineage with it).",
    public: true,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), memoId: z.uuid() }),
  }),
  "memo.exported": defineEvent({
    description: "An investment memo was exported as a PDF.",
    public: false,
    payload: z.object({ ...orgScoped, projectId: z.uuid(), memoId: z.uuid() }),
  }),
};
