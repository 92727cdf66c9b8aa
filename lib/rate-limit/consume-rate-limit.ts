import "server-only";
import { isAppError } from "@/lib/errors/app-error";
import type { RateLimitBucket } from "./buckets";
import { createRateLimiter, type RateLimiter, type RateLimitKeys } from "./create-rate-limiter";
import type { RateLimitInfo } from "./rate-limit-headers";
import { rateLimitStoreFromEnv } from "./rate-limit-store";

// Kept on globalThis so development reloads reuse the limiters and their Redis connection.
const globalForRateLimit = globalThis as unknown as { __scrRateLimiter?: RateLimiter };

/** The app's limiter: Redis when REDIS_URL is set, PostgreSQL otherwise; made on first use. */
export function appRateLimiter(): RateLimiter {
  globalForRateLimit.__scrRateLimiter ??= createRateLimiter(rateLimitStoreFromEnv());
  return globalForRateLimit.__scrRateLimiter;
}

/**
 * Counts one request against `bucket` for every scope it has (address, person, org by plan).
 * Returns what is left for RateLimit-* headers, or throws AppError RATE_LIMITED whose message says
 * what was limited and when to try again (and whose `rateLimit` fills Retry-After).
 */
export function consumeRateLimit(bucket: RateLimitBucket, keys: RateLimitKeys): Promise<RateLimitInfo> {
  return appRateLimiter().consume(bucket, keys);
}

/** For pages, which cannot answer 429: counts the request and returns the refusal's message to show, or null within the limit. */
export async function rateLimitRefusal(bucket: RateLimitBucket, keys: RateLimitKeys): Promise<string | null> {
  try {
    await consumeRateLimit(bucket, keys);
    return null;
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return error.message;
    throw error;
  }
}
