import "server-only";
import { Redis } from "ioredis";
import { AppError } from "@/lib/errors/app-error";

/** Where counters live: PostgreSQL's rate_limits table by default, Redis when REDIS_URL is set. */
export type RateLimitStore = { kind: "postgres" } | { kind: "redis"; client: Redis };

/**
 * A Redis client that fails fast: a command waits at most a second, and while the server is away
 * the limiter counts in memory (create-rate-limiter.ts) instead of holding the request.
 */
export function connectRateLimitRedis(url: string): Redis {
  if (!/^rediss?:\/\//.test(url)) throw new AppError("CONFIGURATION", "REDIS_URL must start with redis:// or rediss://.");
  const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2_000, commandTimeout: 1_000 });
  // One line per outage, not one per reconnect attempt.
  let reported = false;
  client.on("error", (error: Error) => {
    if (!reported) console.error(`[rate-limit] Redis at REDIS_URL is unreachable: ${error.message}`);
    reported = true;
  });
  client.on("ready", () => {
    reported = false;
  });
  return client;
}

export function rateLimitStoreFromEnv(): RateLimitStore {
  const url = process.env.REDIS_URL?.trim();
  return url ? { kind: "redis", client: connectRateLimitRedis(url) } : { kind: "postgres" };
}
