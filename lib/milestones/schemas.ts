import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { MILESTONE_STATUSES } from "./milestone-constants";

/** A calendar date as YYYY-MM-DD that exists (no 2026-02-30), within a plausible planning horizon. */
export const dateOnlySchema = z
  .string("Enter a date.")
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter a date as YYYY-MM-DD.", abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "That date does not exist.")
  .refine((value) => value >= "1990-01-01" && value <= "2100-12-31", "Choose a date between 1990 and 2100.");

const milestoneFields = z.object({
  projectId: z.uuid("Unknown project."),
  name: z
    .string("Name the milestone.")
    .trim()
    .min(2, "Name the milestone (at least 2 characters).")
    .max(500, "Keep the name under 500 characters.")
    .refine(hasNoNul, NUL_MESSAGE),
  description: z.string().trim().max(5000, "Keep the description under 5,000 characters.").refine(hasNoNul, NUL_MESSAGE).default(""),
  targetDate: dateOnlySchema,
  status: z.enum(MILESTONE_STATUSES, "Choose a status."),
  completionPct: z
    .number("Enter a whole number from 0 to 100.")
    .int("Enter a whole number from 0 to 100.")
    .min(0, "Completion cannot be below 0%.")
    .max(100, "Completion cannot be above 100%."),
});

type MilestoneFields = z.infer<typeof milestoneFields>;

/** Status and percentage must tell the same story, whichever of the two the user changed. */
function checkStatusMatchesCompletion(value: Pick<MilestoneFields, "status" | "completionPct">, ctx: z.RefinementCtx) {
  if (value.status === "COMPLETED" && value.completionPct !== 100) {
    ctx.addIssue({ code: "custom", path: ["completionPct"], message: "A completed milestone is 100% complete." });
  }
  if (value.status !== "COMPLETED" && value.completionPct === 100) {
    ctx.addIssue({ code: "custom", path: ["status"], message: "At 100%, mark the milestone Completed (or lower the percentage)." });
  }
  if (value.status === "NOT_STARTED" && value.completionPct > 0) {
    ctx.addIssue({ code: "custom", path: ["completionPct"], message: "A milestone that has not started is 0% complete: choose In progress." });
  }
}

export const createMilestoneSchema = milestoneFields.superRefine(checkStatusMatchesCompletion);
export type CreateMilestoneInput = z.infer<typeof createMilestoneSchema>;

/** The public API's body for a new milestone: the form's fields and rules, the project coming from the path. */
export const milestoneBodySchema = milestoneFields.omit({ projectId: true }).superRefine(checkStatusMatchesCompletion);

export const updateMilestoneSchema = milestoneFields.extend({ milestoneId: z.uuid("Unknown milestone.") }).superRefine(checkStatusMatchesCompletion);
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneSchema>;

export const milestoneRefSchema = z.object({ projectId: z.uuid("Unknown project."), milestoneId: z.uuid("Unknown milestone.") });
export type MilestoneRef = z.infer<typeof milestoneRefSchema>;

export const reorderMilestonesSchema = z.object({
  projectId: z.uuid("Unknown project."),
  orderedIds: z.array(z.uuid("Unknown milestone."), "Send the milestones in their new order.").min(1).max(1000),
});
export type ReorderMilestonesInput = z.infer<typeof reorderMilestonesSchema>;
