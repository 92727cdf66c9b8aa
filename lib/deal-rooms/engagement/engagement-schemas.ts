import { z } from "zod";
import { ENGAGEMENT_MAX_PAGES_PER_BATCH } from "./engagement-options";

/** One beacon: visible milliseconds per page since the last one. Pages are 1-based. */
export const engagementBatchSchema = z.object({
  pages: z
    .array(
      z.object({
        page: z.number().int("A page is a whole number.").min(1, "Pages start at 1.").max(100_000, "No document has that many pages."),
        ms: z.number().int("Time is whole milliseconds.").min(1, "Time must be positive.").max(600_000, "At most 10 minutes a page."),
      }),
    )
    .min(1, "The batch names no page.")
    .max(ENGAGEMENT_MAX_PAGES_PER_BATCH, `At most ${ENGAGEMENT_MAX_PAGES_PER_BATCH} pages a batch.`),
});
export type EngagementBatch = z.infer<typeof engagementBatchSchema>;
