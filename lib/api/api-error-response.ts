import { NextResponse } from "next/server";
import { APP_ERROR_STATUS, AppError, isAppError } from "@/lib/errors/app-error";
import { toUserError } from "@/lib/errors/to-user-error";
import { rateLimitErrorHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { ApiError } from "./api-error";

/**
 * The app's rate limiter is kept on globalThis (lib/rate-limit/consume-rate-limit.ts), so the
 * AppError it throws is the class of whichever bundle made it first; in development that can be
 * another copy than this route's, which `instanceof` does not recognise. Known by name and code.
 */
function asAppError(error: unknown): unknown {
  if (isAppError(error) || !(error instanceof Error) || error.name !== "AppError") return error;
  const { code, fieldErrors, rateLimit } = error as AppError;
  return code in APP_ERROR_STATUS ? new AppError(code, error.message, { fieldErrors, rateLimit, cause: error }) : error;
}

/** What a client may act on beyond the message: the fields that failed, the limit it ran into. */
function detailsOf(error: unknown): Record<string, unknown> | null {
  if (error instanceof ApiError) return error.details;
  if (!isAppError(error)) return null;
  if (error.fieldErrors) return { fieldErrors: error.fieldErrors };
  if (error.rateLimit) return { limit: error.rateLimit.limit, retryAfterSeconds: error.rateLimit.retryAfterSeconds };
  return null;
}

/**
 * The API's one error shape, `{error: {code, message, details}}`, with the AppError's status (a 429
 * with Retry-After and RateLimit-*). Anything that is not an AppError is logged and answered as a
 * generic 500, as everywhere else in the app (toUserError).
 */
export function apiErrorResponse(thrown: unknown, headers?: Record<string, string>): NextResponse {
  const error = asAppError(thrown);
  const { code, message } = toUserError(error);
  const status = isAppError(error) ? error.status : 500;
  return NextResponse.json({ error: { code, message, details: detailsOf(error) } }, { status, headers: { ...headers, ...rateLimitErrorHeaders(error) } });
}
