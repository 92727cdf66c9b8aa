import { z } from "zod";
import { PROJECT_STAGES, PROJECT_STATUSES, PROJECT_TYPES } from "@/lib/projects/project-options";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";

export const API_PAGE_LIMIT_DEFAULT = 25;
export const API_PAGE_LIMIT_MAX = 100;

/** GET /api/v1/projects: one page after `cursor`, narrowed by the filters (each optional). */
export const listApiProjectsQuerySchema = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce
    .number("limit must be a number.")
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(API_PAGE_LIMIT_MAX, `limit can be at most ${API_PAGE_LIMIT_MAX}.`)
    .default(API_PAGE_LIMIT_DEFAULT),
  status: z.enum(PROJECT_STATUSES).optional(),
  stage: z.enum(PROJECT_STAGES).optional(),
  projectType: z.enum(PROJECT_TYPES).optional(),
  /** Part of the project's name, any case. */
  q: z.string().trim().max(200, "q can be at most 200 characters.").refine(hasNoNul, NUL_MESSAGE).optional(),
});
export type ListApiProjectsQuery = z.output<typeof listApiProjectsQuerySchema>;
