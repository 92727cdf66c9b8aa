import { isAppError, type RateLimitDetails } from "@/lib/errors/app-error";

/** What a limit left after a request that passed it (lib/rate-limit/create-rate-limiter.ts). */
export type RateLimitInfo = { limit: number; remaining: number; resetSeconds: number };

/**
 * `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds until the window ends,
 * as the IETF draft has them) for any limited response; `Retry-After` too once refused.
 */
export function rateLimitHeaders(info: RateLimitInfo | RateLimitDetails): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(info.limit),
    "RateLimit-Remaining": String(info.remaining),
    "RateLimit-Reset": String(info.resetSeconds),
  };
  if ("retryAfterSeconds" in info) headers["Retry-After"] = String(info.retryAfterSeconds);
  return headers;
}

/** The headers a RATE_LIMITED AppError carries, for a 429 response; undefined for any other error. */
export function rateLimitErrorHeaders(error: unknown): Record<string, string> | undefined {
  return isAppError(error) && error.rateLimit ? rateLimitHeaders(error.rateLimit) : undefined;
}
