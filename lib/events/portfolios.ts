import { z } from "zod";
import { RECORDABLE_FLOW_KINDS } from "@/lib/portfolios/portfolio-constants";
import { defineEvent, orgScoped } from "./define-event";

/** Facts of an investor's portfolios (orgId is the investor org). */
export const portfolioEvents = {
  "portfolio.created": defineEvent({
    description: "An investor created a portfolio.",
    public: true,
    payload: z.object({ ...orgScoped, portfolioId: z.uuid() }),
  }),
  "portfolio.updated": defineEvent({
    description: "An investor changed a portfolio's name, size, vintage, strategy or status.",
    public: true,
    payload: z.object({ ...orgScoped, portfolioId: z.uuid() }),
  }),
  "holding.added": defineEvent({
    description: "A project became a holding of an investor's portfolio.",
    public: true,
    payload: z.object({ ...orgScoped, portfolioId: z.uuid(), holdingId: z.uuid(), projectId: z.uuid() }),
  }),
  "cash_flow.recorded": defineEvent({
    description: "A capital call, distribution, fee or valuation was recorded on a holding (or removed: removed is true).",
    public: true,
    payload: z.object({
      ...orgScoped,
      portfolioId: z.uuid(),
      holdingId: z.uuid(),
      flowId: z.uuid(),
      kind: z.enum([...RECORDABLE_FLOW_KINDS, "exit_proceeds"]),
      removed: z.boolean(),
    }),
  }),
  "holding.exited": defineEvent({
    description: "A holding was exited (with its proceeds) or written off.",
    public: true,
    payload: z.object({ ...orgScoped, portfolioId: z.uuid(), holdingId: z.uuid(), outcome: z.enum(["EXITED", "WRITTEN_OFF"]) }),
  }),
  "portfolio.snapshots_backfill_requested": defineEvent({
    description: "An investor asked for a portfolio's daily metric snapshots to be computed over a range of days (inclusive).",
    public: false,
    payload: z.object({ ...orgScoped, portfolioId: z.uuid(), from: z.iso.date(), to: z.iso.date(), requestedBy: z.uuid() }),
  }),
};
