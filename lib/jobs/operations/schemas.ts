import { z } from "zod";
import { JOB_RUN_PAGE_SIZES, JOB_RUN_STATUSES, type JobRunStatusValue, toJobRunsSearch } from "./job-runs-search";

export { JOB_RUN_PAGE_SIZES, JOB_RUN_STATUSES, type JobRunStatusValue, toJobRunsSearch };

const single = (raw: unknown) => (Array.isArray(raw) ? raw[0] : raw) || undefined;

/**
 * The jobs pages' URL state (?status=FAILED&kind=score-signal&page=2). Links are shared and
 * hand-edited: a malformed value falls back to its default rather than an error page.
 */
export const jobRunsQuerySchema = z.object({
  status: z.preprocess(single, z.enum(JOB_RUN_STATUSES).optional().catch(undefined)),
  kind: z.preprocess(
    single,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/)
      .optional()
      .catch(undefined),
  ),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
  pageSize: z
    .preprocess(
      single,
      z.coerce
        .number()
        .refine((size) => (JOB_RUN_PAGE_SIZES as readonly number[]).includes(size))
        .catch(JOB_RUN_PAGE_SIZES[0]),
    )
    .default(JOB_RUN_PAGE_SIZES[0]),
});
export type JobRunsQuery = z.infer<typeof jobRunsQuerySchema>;

export function parseJobRunsQuery(searchParams: Record<string, string | string[] | undefined> = {}): JobRunsQuery {
  return jobRunsQuerySchema.parse(searchParams);
}

export const retryJobRunSchema = z.object({ runId: z.uuid("Unknown job run.") });
export type RetryJobRunInput = z.infer<typeof retryJobRunSchema>;
