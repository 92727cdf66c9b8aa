import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors/app-error";
import { toUserError } from "@/lib/errors/to-user-error";
import { rateLimitErrorHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { ApiError } from "./api-error";

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
export function apiErrorResponse(error: unknown, headers?: Record<string, string>): NextResponse {
  const { code, message } = toUserError(error);
  const status = isAppError(error) ? error.status : 500;
  return NextResponse.json({ error: { code, message, details: detailsOf(error) } }, { status, headers: { ...headers, ...rateLimitErrorHeaders(error) } });
}
