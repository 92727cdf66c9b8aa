import "server-only";
import { createHash } from "node:crypto";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { TIERS } from "@/lib/access/tiers";
import type { SubscriptionTier } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { createBoundedCache } from "@/lib/utils/bounded-cache";
import { bucketWindow, RATE_LIMIT_BUCKETS, type RateLimitBucket, type RateLimitScope, type RateLimitWindow } from "./buckets";
import { describeWait, describeWindow, rateLimitMessage } from "./describe-rate-limit";
import { prismaPgClient } from "./prisma-pg-client";
import type { RateLimitInfo } from "./rate-limit-headers";
import type { RateLimitStore } from "./rate-limit-store";

/**
 * Who is counted. The org's tier picks its plan's limit; the org id must come from the session (or
 * the API key). An API key with a limit of its own is counted alone, at that limit, in place of its org.
 */
export type RateLimitKeys = {
  ip?: string | null;
  userId?: string | null;
  org?: { id: string; tier: SubscriptionTier } | null;
  apiKey?: { id: string; requestsPerMinute: number } | null;
};

export type RateLimiter = {
  /** Counts one request in every scope of the bucket; throws AppError RATE_LIMITED once any is over. */
  consume(bucket: RateLimitBucket, keys: RateLimitKeys): Promise<RateLimitInfo>;
};

/**
 * Clients whose address is unknown (no trusted proxy header) share one counter: failing open for
 * them would let anyone who hides the address skip every per-address limit.
 */
const UNKNOWN_ADDRESS = "unknown";

/** Keys fit the store's VARCHAR(255) whatever a header holds: anything long is hashed. */
const storeKey = (key: string) => (key.length <= 100 ? key : `sha256:${createHash("sha256").update(key).digest("hex")}`);

type Counter = { store: RateLimiterAbstract; memory: RateLimiterMemory };
type Check = { scope: RateLimitScope; key: string; window: RateLimitWindow };
type Outcome = { check: Check; passed: boolean; res: RateLimiterRes };

/**
 * One rate limiter per store and key prefix, holding one library limiter per bucket, scope and
 * window, created on first use and reused. An org's counter is shared across tiers (the prefix
 * names no tier), so a change of plan applies to the current window at once.
 */
export function createRateLimiter(store: RateLimitStore, keyPrefix = "rl"): RateLimiter {
  // One per bucket, scope and window: a few dozen, fixed by RATE_LIMIT_BUCKETS and the plans, and
  // one per distinct API key limit in use. The cap guards that; an evicted one is made again. Each
  // in-memory fallback forgets a key when its window ends.
  const counters = createBoundedCache<string, Counter>({ maxEntries: 256 });
  let sweeperStarted = false;

  function counterFor(bucket: RateLimitBucket, scope: RateLimitScope, window: RateLimitWindow): Counter {
    const id = `${bucket}:${scope}:${window.points}:${window.durationSeconds}`;
    const existing = counters.get(id);
    if (existing) return existing;
    const options = { keyPrefix: `${keyPrefix}:${bucket}:${scope}`, points: window.points, duration: window.durationSeconds };
    const counter: Counter = {
      store:
        store.kind === "redis"
          ? // While Redis is down (or still connecting) the check falls back at once instead of waiting for it.
            new RateLimiterRedis({ ...options, storeClient: store.client, rejectIfRedisNotReady: true })
          : new RateLimiterPostgres({
              ...options,
              storeClient: prismaPgClient,
              storeType: "client",
              tableName: "rate_limits",
              // The table comes from a migration (prisma/schema/rate-limits.prisma).
              tableCreated: true,
              // Each limiter would sweep the whole table every five minutes; one sweeper is enough.
              clearExpiredByTimeout: !sweeperStarted,
            }),
      memory: new RateLimiterMemory(options),
    };
    sweeperStarted = true;
    counters.set(id, counter);
    return counter;
  }

  /** A store that cannot answer must not take the app down: this process counts in memory meanwhile. */
  async function consumeOne(counter: Counter, key: string): Promise<{ passed: boolean; res: RateLimiterRes }> {
    try {
      return { passed: true, res: await counter.store.consume(key) };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { passed: false, res: error };
      console.error(`[rate-limit] ${store.kind} store failed, counting in this process's memory: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      return { passed: true, res: await counter.memory.consume(key) };
    } catch (error) {
      if (error instanceof RateLimiterRes) return { passed: false, res: error };
      throw error;
    }
  }

  function checksFor(bucket: RateLimitBucket, keys: RateLimitKeys): Check[] {
    const tier = keys.org?.tier ?? "foundation";
    const candidates: Array<[RateLimitScope, string | null | undefined]> = [
      ["ip", keys.ip || UNKNOWN_ADDRESS],
      ["user", keys.userId],
      ["org", keys.org?.id],
    ];
    const checks: Check[] = [];
    for (const [scope, key] of candidates) {
      const window = bucketWindow(bucket, scope, tier);
      if (!window || !key) continue;
      if (scope === "org" && keys.apiKey) {
        checks.push({ scope: "key", key: storeKey(keys.apiKey.id), window: { points: keys.apiKey.requestsPerMinute, durationSeconds: window.durationSeconds } });
      } else checks.push({ scope, key: storeKey(key), window });
    }
    if (!checks.length) throw new Error(`Rate limit ${bucket}: none of its scopes has a key (a user or an org is needed).`);
    return checks;
  }

  return {
    async consume(bucket, keys) {
      const outcomes: Outcome[] = [];
      // Narrowest scope first, and stop at the first refusal: one person's runaway script spends
      // their own allowance, not their colleagues' share of the org's.
      for (const check of checksFor(bucket, keys)) {
        const outcome = { check, ...(await consumeOne(counterFor(bucket, check.scope, check.window), check.key)) };
        outcomes.push(outcome);
        if (!outcome.passed) throw refusal(bucket, outcome, keys.org?.tier ?? "foundation");
      }
      const tightest = outcomes.reduce((a, b) => (b.res.remainingPoints < a.res.remainingPoints ? b : a));
      return { limit: tightest.check.window.points, remaining: tightest.res.remainingPoints, resetSeconds: toSeconds(tightest.res.msBeforeNext) };
    },
  };
}

const toSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function refusal(bucket: RateLimitBucket, { check, res }: Outcome, tier: SubscriptionTier): AppError {
  const retryAfterSeconds = toSeconds(res.msBeforeNext);
  const message =
    check.scope === "key"
      ? `This API key has reached its limit of ${check.window.points} ${RATE_LIMIT_BUCKETS[bucket].what} ${describeWindow(check.window.durationSeconds)}. Try again ${describeWait(retryAfterSeconds)}.`
      : rateLimitMessage({ what: RATE_LIMIT_BUCKETS[bucket].what, scope: check.scope, window: check.window, planLabel: TIERS[tier].label, retryAfterSeconds });
  return new AppError("RATE_LIMITED", message, {
    rateLimit: { limit: check.window.points, remaining: 0, resetSeconds: retryAfterSeconds, retryAfterSeconds },
  });
}
