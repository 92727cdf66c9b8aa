import { z } from "zod";
import { COVENANT_OPERATORS } from "@/lib/covenants/covenant-metrics";
import { defineEvent, orgScoped } from "./define-event";

const crossing = z.object({
  ...orgScoped,
  covenantId: z.uuid(),
  holdingId: z.uuid(),
  portfolioId: z.uuid(),
  metricName: z.string(),
  operator: z.enum(COVENANT_OPERATORS),
  /** The level crossed (the breach level, or the warning level), as a decimal string. */
  threshold: z.string(),
  value: z.string(),
  checkedAt: z.iso.datetime(),
});

/** Covenant checks that changed a covenant's standing (orgId is the investor org). */
export const covenantEvents = {
  "covenant.breached": defineEvent({ description: "A covenant check found a holding's metric past its breach level.", public: true, payload: crossing }),
  "covenant.warning": defineEvent({
    description: "A covenant check found a holding's metric past its warning level (not yet a breach).",
    public: true,
    payload: crossing,
  }),
};
