import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TIERS } from "@/lib/access/tiers";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { bucketWindow } from "@/lib/rate-limit/buckets";
import { createRateLimiter, type RateLimiter } from "@/lib/rate-limit/create-rate-limiter";
import { connectRateLimitRedis, type RateLimitStore } from "@/lib/rate-limit/rate-limit-store";

const REDIS_URL = "redis://127.0.0.1:6379";

async function refusalOf(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** `count` requests in a row that must all pass; `keys` is called for each, so it may name a new person every time. */
async function consumeTimes(limiter: RateLimiter, count: number, keys: () => Parameters<RateLimiter["consume"]>[1], bucket: Parameters<RateLimiter["consume"]>[0]) {
  const remaining: number[] = [];
  for (let i = 0; i < count; i += 1) remaining.push((await limiter.consume(bucket, keys())).remaining);
  return remaining;
}

/** The same behaviour on both stores; each test counts under its own key prefix, so runs never meet. */
function describeBackend(name: string, openStore: () => Promise<RateLimitStore>) {
  describe(`rate limits on ${name}`, () => {
    let store: RateLimitStore;
    beforeAll(async () => {
      store = await openStore();
    });
    const limiterForTest = () => createRateLimiter(store, `test-${randomUUID()}`);

    it("refuses the request after the limit with RATE_LIMITED, a readable message and when to retry", async () => {
      const limiter = limiterForTest();
      const userId = randomUUID();
      const { points } = bucketWindow("export", "user", "enterprise")!;
      const remaining = await consumeTimes(limiter, points, () => ({ userId }), "export");
      expect(remaining).toEqual(Array.from({ length: points }, (_, i) => points - 1 - i));

      const error = await refusalOf(limiter.consume("export", { userId }));
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.status).toBe(429);
      expect(error.message).toMatch(new RegExp(`^You have reached your limit of ${points} exports a minute\\. Try again in \\d+ seconds?\\.$`));
      expect(error.rateLimit).toMatchObject({ limit: points, remaining: 0 });
      expect(error.rateLimit!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error.rateLimit!.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(error.rateLimit!.resetSeconds).toBe(error.rateLimit!.retryAfterSeconds);
      // Another person is not affected by this one's limit.
      await expect(limiter.consume("export", { userId: randomUUID() })).resolves.toMatchObject({ limit: points, remaining: points - 1 });
    });

    it("counts an org by its plan: a foundation org is refused where a professional one still passes", async () => {
      const limiter = limiterForTest();
      const foundation = { id: randomUUID(), tier: "foundation" as const };
      const professional = { id: randomUUID(), tier: "professional" as const };
      const allowance = TIERS.foundation.aiRequestsPerMinute;
      expect(TIERS.professional.aiRequestsPerMinute).toBeGreaterThan(allowance);
      // A new person each time, so only the org's limit can bite.
      await consumeTimes(limiter, allowance, () => ({ userId: randomUUID(), org: foundation }), "ai");
      await consumeTimes(limiter, allowance, () => ({ userId: randomUUID(), org: professional }), "ai");

      const error = await refusalOf(limiter.consume("ai", { userId: randomUUID(), org: foundation }));
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.message).toMatch(new RegExp(`^Your organisation has reached the Foundation plan's limit of ${allowance} AI runs a minute\\. Try again in`));
      expect(error.rateLimit).toMatchObject({ limit: allowance, remaining: 0 });
      // Counted by the org alone (no person), so the answer is the org's counter.
      await expect(limiter.consume("ai", { org: professional })).resolves.toMatchObject({
        limit: TIERS.professional.aiRequestsPerMinute,
        remaining: TIERS.professional.aiRequestsPerMinute - allowance - 1,
      });
    });

    it("keeps two orgs' counters apart", async () => {
      const limiter = limiterForTest();
      const first = { id: randomUUID(), tier: "foundation" as const };
      const second = { id: randomUUID(), tier: "foundation" as const };
      const { points } = bucketWindow("export", "org", "foundation")!;
      await consumeTimes(limiter, points, () => ({ userId: randomUUID(), org: first }), "export");
      expect((await refusalOf(limiter.consume("export", { userId: randomUUID(), org: first }))).code).toBe("RATE_LIMITED");
      await expect(limiter.consume("export", { userId: randomUUID(), org: second })).resolves.toEqual({ limit: points, remaining: points - 1, resetSeconds: 60 });
    });

    it("counts concurrent requests exactly: of a burst past the limit, exactly the limit passes", async () => {
      const limiter = limiterForTest();
      const { points } = bucketWindow("sign-in", "ip", "foundation")!;
      const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
      const outcomes = await Promise.allSettled(Array.from({ length: points + 10 }, () => limiter.consume("sign-in", { ip })));
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(points);
      const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => (isAppError(o.reason) ? o.reason.code : String(o.reason)));
      expect(refused).toEqual(Array.from({ length: 10 }, () => "RATE_LIMITED"));
    });

    it("counts clients with no known address together, apart from known ones", async () => {
      const limiter = limiterForTest();
      const { points } = bucketWindow("sign-in", "ip", "foundation")!;
      await consumeTimes(limiter, points, () => ({ ip: null }), "sign-in");
      expect((await refusalOf(limiter.consume("sign-in", { ip: undefined }))).message).toMatch(
        /^Too many sign-in attempts from your network \(the limit is \d+ sign-in attempts a minute\)\./,
      );
      await expect(limiter.consume("sign-in", { ip: "203.0.113.50" })).resolves.toMatchObject({ remaining: points - 1 });
    });
  });
}

describeBackend("PostgreSQL", async () => ({ kind: "postgres" }));

describe("the PostgreSQL store", () => {
  it("keeps its counters in the rate_limits table, one row per key with the window's end", async () => {
    const prefix = `test-${randomUUID()}`;
    const limiter = createRateLimiter({ kind: "postgres" }, prefix);
    const userId = randomUUID();
    const before = Date.now();
    await limiter.consume("print", { userId });
    await limiter.consume("print", { userId });
    const rows = await db.$queryRawUnsafe<{ key: string; points: number; expire: bigint }[]>(
      "SELECT key, points, expire FROM rate_limits WHERE key LIKE $1",
      `${prefix}:%`,
    );
    expect(rows.map((r) => ({ key: r.key, points: r.points }))).toEqual([{ key: `${prefix}:print:user:${userId}`, points: 2 }]);
    expect(Number(rows[0].expire)).toBeGreaterThanOrEqual(before + 59_000);
  });
});

// Redis runs on 127.0.0.1:6379 here and in CI. Elsewhere its tests may skip; in CI they must fail.
const redisReachable = await (async () => {
  const probe = connectRateLimitRedis(REDIS_URL);
  probe.on("error", () => {});
  try {
    return (await probe.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
})();

it.skipIf(!redisReachable && process.env.CI !== "true")(`Redis answers at ${REDIS_URL} (required in CI)`, () => {
  expect(redisReachable, `no Redis at ${REDIS_URL}: the Redis rate-limit tests need one`).toBe(true);
});

describe.runIf(redisReachable)("Redis (REDIS_URL)", () => {
  let client: Redis;
  beforeAll(async () => {
    client = connectRateLimitRedis(REDIS_URL);
    // Checks made before the connection is ready count in memory (by design): wait for it.
    await client.ping();
  });
  afterAll(() => client?.disconnect());

  describeBackend("Redis", async () => ({ kind: "redis", client }));

  it("stores counters under the limiter's key prefix with the window as their expiry", async () => {
    const prefix = `test-${randomUUID()}`;
    const limiter = createRateLimiter({ kind: "redis", client }, prefix);
    const userId = randomUUID();
    await limiter.consume("print", { userId });
    const key = `${prefix}:print:user:${userId}`;
    expect(await client.get(key)).toBe("1");
    expect(await client.pttl(key)).toBeGreaterThan(55_000);
  });
});

describe("a store that cannot answer", () => {
  it("still enforces the limit, counting in the process's memory, and says so in the log", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const unreachable = connectRateLimitRedis("redis://127.0.0.1:1");
    try {
      const limiter = createRateLimiter({ kind: "redis", client: unreachable }, `test-${randomUUID()}`);
      const userId = randomUUID();
      const { points } = bucketWindow("redaction", "user", "enterprise")!;
      await consumeTimes(limiter, points, () => ({ userId }), "redaction");
      expect((await refusalOf(limiter.consume("redaction", { userId }))).code).toBe("RATE_LIMITED");
      expect(errors.mock.calls.some(([line]) => String(line).startsWith("[rate-limit] redis store failed, counting in this process's memory"))).toBe(true);
    } finally {
      unreachable.disconnect();
      errors.mockRestore();
    }
  });
});
