import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { KPI_FREQUENCIES, PERIOD_PATTERN } from "./kpi-periods";
import { METRIC_NAME_PATTERN } from "./kpi-metrics";

const DECIMAL = /^-?\d{1,15}(\.\d{1,4})?$/;
const decimal = (what: string) =>
  z
    .string(`Enter ${what}.`)
    .trim()
    .transform((value) => value.replaceAll(",", ""))
    .refine((value) => DECIMAL.test(value), `Enter ${what} as a number with up to 4 decimal places.`);
const period = z.string().trim().toUpperCase().regex(PERIOD_PATTERN, "Enter a period as 2026-10 (month), 2026-Q3 (quarter) or 2026 (year).");
const note = z
  .string()
  .trim()
  .max(2000, "Keep the note under 2,000 characters.")
  .refine(hasNoNul, NUL_MESSAGE)
  .optional()
  .transform((v) => v || null);

export const setKpiTargetSchema = z.object({
  holdingId: z.uuid("Unknown holding."),
  metricName: z.string().trim().toLowerCase().regex(METRIC_NAME_PATTERN, "Name the KPI in lower case with underscores, e.g. availability_pct."),
  unit: z.string().trim().min(1, "Give the unit, e.g. MWh, % or x.").max(20, "Keep the unit under 20 characters.").refine(hasNoNul, NUL_MESSAGE),
  targetValue: decimal("the target"),
  tolerancePct: decimal("the tolerance").refine((v) => !DECIMAL.test(v) || (Number(v) >= 0 && Number(v) <= 100), "The tolerance is 0 to 100% of the target."),
  direction: z.enum(["higher_is_better", "lower_is_better"], "Choose which side of the target is good."),
  frequency: z.enum(KPI_FREQUENCIES, "Choose how often it is reported."),
});
export type SetKpiTargetInput = z.output<typeof setKpiTargetSchema>;

export const kpiTargetIdSchema = z.object({ targetId: z.uuid("Unknown KPI target.") });
export type KpiTargetIdInput = z.output<typeof kpiTargetIdSchema>;

export const requestKpiActualsSchema = z.object({
  holdingId: z.uuid("Unknown holding."),
  period,
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a due date."),
});
export type RequestKpiActualsInput = z.output<typeof requestKpiActualsSchema>;

export const reportKpiActualSchema = z.object({
  projectId: z.uuid("Unknown project."),
  metricName: z.string().trim().toLowerCase().regex(METRIC_NAME_PATTERN, "Unknown KPI."),
  period,
  value: decimal("the actual"),
  note,
});
export type ReportKpiActualInput = z.output<typeof reportKpiActualSchema>;

/** An actual of an off-platform holding, entered by the investor itself (there is no developer to ask). */
export const recordKpiActualSchema = z.object({
  holdingId: z.uuid("Unknown holding."),
  metricName: z.string().trim().toLowerCase().regex(METRIC_NAME_PATTERN, "Choose a KPI."),
  period,
  value: decimal("the actual"),
  note,
});
export type RecordKpiActualInput = z.output<typeof recordKpiActualSchema>;

export const shareHoldingSchema = z.object({ holdingId: z.uuid("Unknown holding."), shared: z.boolean() });
export type ShareHoldingInput = z.output<typeof shareHoldingSchema>;
