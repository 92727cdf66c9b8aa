import { createHash } from "node:crypto";
import { ApiError } from "../api-error";

/** A key is remembered this long; after it, the same key starts a new request. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** A first request still unfinished after this is taken as abandoned (its process died), so a retry may run. */
export const IDEMPOTENCY_IN_FLIGHT_TIMEOUT_MS = 5 * 60 * 1000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/**
 * Which answers are remembered: a success, and a refusal of the request as sent (malformed JSON, a
 * body that fails validation), which the same body would meet again. Not a 404 or a 409, which
 * depend on the state (the listing may be published, the conflicting row removed), nor a 5xx: a
 * retry of those runs again.
 */
export function isRememberedStatus(status: number): boolean {
  return (status >= 200 && status < 300) || status === 400 || status === 422;
}

export function hashRequestBody(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The header as sent, or a 400 naming it when it is empty or too long. */
export function readIdempotencyKey(request: Request): string | null {
  const key = request.headers.get("idempotency-key");
  if (key === null) return null;
  if (key.trim().length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    throw new ApiError(
      "VALIDATION",
      `The Idempotency-Key header must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
      { fieldErrors: { "Idempotency-Key": [`1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`] } },
      { status: 400 },
    );
  }
  return key;
}
