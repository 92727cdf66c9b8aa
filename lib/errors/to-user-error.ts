import { isAppError, type AppErrorCode } from "./app-error";

export type UserError = { code: AppErrorCode | "INTERNAL"; message: string };

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. It has been logged; please try again.";

/** What a user may see of an error: an AppError's own words, anything else a generic message. */
export function toUserError(error: unknown): UserError {
  if (isAppError(error)) return { code: error.code, message: error.message };
  console.error("[unexpected error]", error);
  return { code: "INTERNAL", message: GENERIC_ERROR_MESSAGE };
}
