import { NextResponse } from "next/server";
import { rateLimitErrorHeaders } from "@/lib/rate-limit/rate-limit-headers";
import { isAppError } from "./app-error";
import { toUserError } from "./to-user-error";

/** Route handlers answer an AppError with its status (a 429 with Retry-After and RateLimit-*); anything else is a logged 500. */
export function toErrorResponse(error: unknown): NextResponse {
  const body = toUserError(error);
  return NextResponse.json({ error: body }, { status: isAppError(error) ? error.status : 500, headers: rateLimitErrorHeaders(error) });
}
