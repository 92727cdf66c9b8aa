-- rate-limiter-flexible's RateLimiterPostgres table (lib/rate-limit/), in the library's own shape.
-- UNLOGGED: every check is a write, and counters that live a minute are not worth WAL; a crash
-- empties the table, which only forgives the current window.
CREATE UNLOGGED TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- The library sweeps rows an hour past their window every five minutes (DELETE ... WHERE expire < $1).
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");
