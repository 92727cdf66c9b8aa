import { z } from "zod";

const name = z.string().trim().min(1, "Give the search a name.").max(120, "Keep the name under 120 characters.");

/** `query` is the marketplace URL's query string as the page had it; it is parsed and normalised on save. */
export const createSavedSearchSchema = z.object({
  name,
  query: z.string().max(4000, "This search is too long to save: remove some filters."),
  notify: z.boolean().default(true),
});
export type CreateSavedSearchInput = z.infer<typeof createSavedSearchSchema>;

export const updateSavedSearchSchema = z.object({ savedSearchId: z.uuid("Unknown saved search."), name: name.optional(), notify: z.boolean().optional() });
export type UpdateSavedSearchInput = z.infer<typeof updateSavedSearchSchema>;

export const savedSearchIdSchema = z.object({ savedSearchId: z.uuid("Unknown saved search.") });
