import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { TIERS } from "@/lib/access/tiers";
import { bucketWindow, RATE_LIMIT_BUCKET_NAMES, RATE_LIMIT_BUCKETS } from "@/lib/rate-limit/buckets";
import { describeWait, describeWindow, rateLimitMessage } from "@/lib/rate-limit/describe-rate-limit";
import { rateLimitErrorHeaders, rateLimitHeaders } from "@/lib/rate-limit/rate-limit-headers";

describe("rate-limit messages", () => {
  it("name what was limited, whose limit it is, and when to try again", () => {
    const window = { points: 10, durationSeconds: 60 };
    expect(rateLimitMessage({ what: "AI runs", scope: "org", window, planLabel: "Foundation", retryAfterSeconds: 42 })).toBe(
      "Your organisation has reached the Foundation plan's limit of 10 AI runs a minute. Try again in 42 seconds.",
    );
    expect(rateLimitMessage({ what: "uploads", scope: "user", window, planLabel: "Foundation", retryAfterSeconds: 1 })).toBe(
      "You have reached your limit of 10 uploads a minute. Try again in 1 second.",
    );
    expect(rateLimitMessage({ what: "sign-in attempts", scope: "ip", window: { points: 5, durationSeconds: 600 }, planLabel: "", retryAfterSeconds: 300 })).toBe(
      "Too many sign-in attempts from your network (the limit is 5 sign-in attempts every 10 minutes). Try again in 5 minutes.",
    );
  });

  it("say windows and waits in words", () => {
    expect(describeWindow(60)).toBe("a minute");
    expect(describeWindow(120)).toBe("every 2 minutes");
    expect(describeWindow(30)).toBe("every 30 seconds");
    expect(describeWait(90)).toBe("in 90 seconds");
    expect(describeWait(91)).toBe("in 2 minutes");
  });
});

describe("rate-limit headers", () => {
  it("carry the limit, what is left and the reset; Retry-After only once refused", () => {
    expect(rateLimitHeaders({ limit: 60, remaining: 12, resetSeconds: 30 })).toEqual({ "RateLimit-Limit": "60", "RateLimit-Remaining": "12", "RateLimit-Reset": "30" });
    const refused = new AppError("RATE_LIMITED", "Slow down.", { rateLimit: { limit: 60, remaining: 0, resetSeconds: 7, retryAfterSeconds: 7 } });
    expect(rateLimitErrorHeaders(refused)).toEqual({ "RateLimit-Limit": "60", "RateLimit-Remaining": "0", "RateLimit-Reset": "7", "Retry-After": "7" });
    expect(rateLimitErrorHeaders(new AppError("NOT_FOUND", "Gone."))).toBeUndefined();
    expect(rateLimitErrorHeaders(new Error("boom"))).toBeUndefined();
  });
});

describe("the bucket catalogue", () => {
  it("gives every per-org bucket more room on a higher plan, read from the tier table", () => {
    for (const bucket of RATE_LIMIT_BUCKET_NAMES) {
      if (!("org" in RATE_LIMIT_BUCKETS[bucket])) continue;
      const [foundation, professional, enterprise] = (["foundation", "professional", "enterprise"] as const).map((tier) => bucketWindow(bucket, "org", tier)!.points);
      expect(foundation, bucket).toBeLessThan(professional);
      expect(professional, bucket).toBeLessThan(enterprise);
    }
    expect(bucketWindow("ai", "org", "professional")!.points).toBe(TIERS.professional.aiRequestsPerMinute);
    expect(bucketWindow("sign-in", "org", "enterprise")).toBeNull();
    expect(bucketWindow("upload", "ip", "enterprise")).toBeNull();
  });
});
