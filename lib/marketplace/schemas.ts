import { z } from "zod";

export const listedProjectIdSchema = z.object({ projectId: z.uuid("Unknown project.") });

export const setWatchSchema = z.object({ projectId: z.uuid("Unknown project."), watching: z.boolean() });
export type SetWatchInput = z.infer<typeof setWatchSchema>;

export const updateListingSettingsSchema = z.object({
  projectId: z.uuid("Unknown project."),
  showMilestones: z.boolean(),
  showBudget: z.boolean(),
  showSignalScore: z.boolean(),
  showDocuments: z.boolean(),
});
export type UpdateListingSettingsInput = z.infer<typeof updateListingSettingsSchema>;
