import type { z } from "zod";
import { ApiError } from "./api-error";

/**
 * A zod failure as the API's 422: each message under its dotted path ("technologyDetails.panelType"),
 * the same shape apiRoute gives a body that fails its operation's schema.
 */
export function toApiValidationError(error: z.ZodError, message = "The request body is not valid."): ApiError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "body";
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  return new ApiError("VALIDATION", message, { fieldErrors });
}
