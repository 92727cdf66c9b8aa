import { z } from "zod";

/** Shared shapes of the API's documents: the error body every failure uses, and list pages. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable machine-readable code: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION, RATE_LIMITED, CONFLICT, ..." }),
      message: z.string().meta({ description: "A sentence for people." }),
      details: z.record(z.string(), z.unknown()).nullable().meta({ description: "What a program may act on: fieldErrors, missingScope, retryAfterSeconds." }),
    }),
  })
  .meta({ id: "Error" });

/** A page of a keyset-paginated list: pass `nextCursor` back as `cursor` until it is null. */
export function apiPageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

export const uuidParam = z.uuid();
