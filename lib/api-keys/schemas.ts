import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { API_SCOPES } from "./scopes";

export const API_KEY_MAX_RATE_LIMIT = 10_000;

/** "" (the empty date field) means none. */
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name the key, e.g. after the system that will use it.").max(255, "A name can be at most 255 characters.").refine(hasNoNul, NUL_MESSAGE),
  scopes: z
    .array(z.enum(API_SCOPES, "Unknown scope."))
    .min(1, "Choose at least one scope.")
    .transform((scopes) => API_SCOPES.filter((scope) => scopes.includes(scope))),
  /** The key stops working at the start of this day (UTC). */
  expiresOn: z.preprocess(
    emptyToUndefined,
    z.iso
      .date("Enter a date.")
      .refine((day) => new Date(`${day}T00:00:00Z`).getTime() > Date.now(), "Choose a date in the future.")
      .optional(),
  ),
  /** Requests a minute for this key alone, instead of the organisation's plan. */
  rateLimitPerMinute: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number("Enter a whole number.")
      .int("Enter a whole number.")
      .min(1, "At least 1 request a minute.")
      .max(API_KEY_MAX_RATE_LIMIT, `At most ${API_KEY_MAX_RATE_LIMIT.toLocaleString("en")} requests a minute.`)
      .optional(),
  ),
});
export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ apiKeyId: z.uuid("Unknown key.") });
export type RevokeApiKeyInput = z.output<typeof revokeApiKeySchema>;
