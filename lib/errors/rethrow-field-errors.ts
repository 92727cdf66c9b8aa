import { returnValidationErrors } from "next-safe-action";
import type { z } from "zod";
import { isAppError } from "./app-error";

/**
 * For actions: an AppError that names fields (an email already taken, a file that is not an
 * image) comes back as the form's field errors, next to the inputs, like a zod failure would;
 * any other error propagates to the action client's server-error handling.
 */
export function rethrowFieldErrors(schema: z.ZodType, error: unknown): never {
  if (isAppError(error) && error.fieldErrors) {
    const formatted = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, { _errors: messages }]));
    returnValidationErrors(schema, formatted as never);
  }
  throw error;
}
