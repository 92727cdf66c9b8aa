import { z } from "zod";
import { API_PAGE_LIMIT_DEFAULT, API_PAGE_LIMIT_MAX } from "../projects/schemas";

/** GET /projects/{projectId}/documents: one page after `cursor`, newest first. */
export const listApiDocumentsQuerySchema = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce
    .number("limit must be a number.")
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(API_PAGE_LIMIT_MAX, `limit can be at most ${API_PAGE_LIMIT_MAX}.`)
    .default(API_PAGE_LIMIT_DEFAULT),
});
export type ListApiDocumentsQuery = z.output<typeof listApiDocumentsQuerySchema>;
