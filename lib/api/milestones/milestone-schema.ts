import { z } from "zod";
import { MILESTONE_STATUSES } from "@/lib/milestones/milestone-constants";

/** A milestone as the API returns it (toMilestoneDto's shape). */
export const apiMilestoneSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    targetDate: z.iso.date(),
    completedDate: z.iso.date().nullable(),
    status: z.enum(MILESTONE_STATUSES).meta({ description: "As the app shows it: DELAYED once the target date has passed unfinished." }),
    recordedStatus: z.enum(MILESTONE_STATUSES).meta({ description: "As last set by a person or a program." }),
    completionPct: z.number().int().min(0).max(100),
    orderIndex: z.number().int(),
  })
  .meta({ id: "Milestone" });

/** PATCH: the fields to change; the result must pass the milestone form's rules. */
export const patchApiMilestoneBodySchema = z
  .strictObject({
    name: z.string(),
    description: z.string(),
    targetDate: z.string().meta({ description: "YYYY-MM-DD." }),
    status: z.enum(MILESTONE_STATUSES),
    completionPct: z.number(),
  })
  .partial()
  .meta({ id: "MilestonePatch" });
export type PatchApiMilestoneBody = z.output<typeof patchApiMilestoneBodySchema>;
