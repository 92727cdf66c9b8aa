import { z } from "zod";
import { COVENANT_OPERATORS } from "./covenant-metrics";

const draftSchema = z.object({
  covenantName: z.string().trim().max(255).optional().catch(undefined),
  covenantMetric: z.string().trim().toLowerCase().max(100).optional().catch(undefined),
  covenantOperator: z.enum(COVENANT_OPERATORS).optional().catch(undefined),
  covenantLevel: z.string().trim().max(30).optional().catch(undefined),
  covenantNote: z.string().trim().max(2000).optional().catch(undefined),
});

/**
 * A covenant prefilled from a link (a screening risk or a memo assumption made into a covenant in
 * one click): only suggestions for the form, which validates on submit like any other input.
 */
export function parseCovenantDraft(params: Record<string, string | string[] | undefined>) {
  const one = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  const draft = draftSchema.parse({
    covenantName: one("covenantName"),
    covenantMetric: one("covenantMetric"),
    covenantOperator: one("covenantOperator"),
    covenantLevel: one("covenantLevel"),
    covenantNote: one("covenantNote"),
  });
  return {
    name: draft.covenantName,
    metricName: draft.covenantMetric,
    operator: draft.covenantOperator,
    thresholdBreach: draft.covenantLevel,
    notes: draft.covenantNote,
  };
}
