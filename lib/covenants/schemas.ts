import { z } from "zod";
import { METRIC_NAME_PATTERN } from "@/lib/project-kpis/kpi-metrics";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { COVENANT_OPERATORS } from "./covenant-metrics";

const LEVEL = /^-?\d{1,15}(\.\d{1,4})?$/;
/** A threshold as typed: signed (an IRR floor may be negative), up to 4 places, thousands commas ignored. */
const level = (what: string) =>
  z
    .string(`Enter the ${what}.`)
    .trim()
    .transform((value) => value.replaceAll(",", "").replace(/%$/, "").trim())
    .refine((value) => LEVEL.test(value), `Enter the ${what} as a number with up to 4 decimal places.`);

export const createCovenantSchema = z.object({
  holdingId: z.uuid("Unknown holding."),
  name: z.string().trim().min(1, "Name the covenant, e.g. DSCR >= 1.25x.").max(255, "Keep the name under 255 characters.").refine(hasNoNul, NUL_MESSAGE),
  metricName: z.string().trim().toLowerCase().regex(METRIC_NAME_PATTERN, "Name the metric in lower case with underscores, e.g. dscr or availability_pct."),
  operator: z.enum(COVENANT_OPERATORS, "Choose >=, <= or =."),
  thresholdBreach: level("breach level"),
  thresholdWarning: z
    .union([z.literal("").transform(() => null), level("warning level")])
    .optional()
    .transform((value) => value ?? null),
  notes: z
    .string()
    .trim()
    .max(2000, "Keep notes under 2,000 characters.")
    .refine(hasNoNul, NUL_MESSAGE)
    .optional()
    .transform((value) => value || null),
});
export type CreateCovenantInput = z.output<typeof createCovenantSchema>;

export const covenantIdSchema = z.object({ covenantId: z.uuid("Unknown covenant.") });
export type CovenantIdInput = z.output<typeof covenantIdSchema>;

export const waiveCovenantSchema = z.object({
  covenantId: z.uuid("Unknown covenant."),
  note: z
    .string()
    .trim()
    .min(5, "Say why the covenant is waived (at least 5 characters).")
    .max(2000, "Keep the note under 2,000 characters.")
    .refine(hasNoNul, NUL_MESSAGE),
});
export type WaiveCovenantInput = z.output<typeof waiveCovenantSchema>;

export const checkCovenantsSchema = z.object({ holdingId: z.uuid("Unknown holding.").optional() });
export type CheckCovenantsInput = z.output<typeof checkCovenantsSchema>;
