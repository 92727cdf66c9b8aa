import { z } from "zod";
import { API_PAGE_LIMIT_DEFAULT, API_PAGE_LIMIT_MAX } from "./projects/schemas";

/** The query fields of a keyset-paginated list: `cursor` is the previous page's nextCursor. */
export const keysetQueryFields = {
  cursor: z.string().min(1).optional().meta({ description: "The previous page's nextCursor; leave out for the first page." }),
  limit: z.coerce
    .number("limit must be a number.")
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(API_PAGE_LIMIT_MAX, `limit can be at most ${API_PAGE_LIMIT_MAX}.`)
    .default(API_PAGE_LIMIT_DEFAULT),
};
