import { NextResponse } from "next/server";
import { isAppError } from "./app-error";
import { toUserError } from "./to-user-error";

/** Route handlers answer an AppError with its status; anything else is a logged 500. */
export function toErrorResponse(error: unknown): NextResponse {
  const body = toUserError(error);
  return NextResponse.json({ error: body }, { status: isAppError(error) ? error.status : 500 });
}
