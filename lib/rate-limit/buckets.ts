import { TIERS } from "@/lib/access/tiers";
import type { SubscriptionTier } from "@/lib/db/generated/client";

/** Whose requests one counter adds up: a client address, a signed-in person, an API key with a limit of its own, or a whole organisation. */
export type RateLimitScope = "ip" | "user" | "key" | "org";

/** `points` requests per `durationSeconds`, counted in fixed windows that start at the first request. */
export type RateLimitWindow = { points: number; durationSeconds: number };

export type RateLimitBucketDefinition = {
  /** What is being counted, plural, as it reads in "the limit of 20 sign-in attempts a minute". */
  what: string;
  ip?: RateLimitWindow;
  user?: RateLimitWindow;
  /** By plan: read from lib/access/tiers.ts so a plan's numbers live in one table. */
  org?: (tier: SubscriptionTier) => RateLimitWindow;
};

const MINUTE = 60;
const perMinute = (points: number): RateLimitWindow => ({ points: Math.max(1, Math.floor(points)), durationSeconds: MINUTE });

/**
 * Every rate limit of the platform. Per-user limits stop one person's runaway script without
 * touching colleagues; per-org limits are what a plan buys (TIERS: `requestsPerMinute` for general
 * work, `aiRequestsPerMinute` for AI work), so a foundation org meets them before a professional one.
 * Per-address limits guard what anyone on the internet can reach.
 */
export const RATE_LIMIT_BUCKETS = {
  // Local sign-in is a picker without passwords (Clerk counts its own password attempts), so this
  // only has to stop scripted session minting. 20 a minute still lets an office behind one NAT
  // address sign in together, and the e2e suite's back-to-back sign-ins from one address.
  "sign-in": { what: "sign-in attempts", ip: perMinute(20) },
  // A recipient opens a link a few times; 60 a minute per address stops token guessing at scale
  // while an office full of recipients behind one address is not refused.
  "share-open": { what: "shared-link opens", ip: perMinute(60) },
  // Anonymous downloads can each rebuild a watermarked PDF (seconds of CPU): 20 a minute per
  // address bounds what one outsider can make the server do.
  "share-download": { what: "shared-file downloads", ip: perMinute(20) },
  // The upload dialog sends one request per file: 60 a minute lets a person drop a folder of a few
  // dozen files at once; the org shares half its plan's general rate across its people.
  upload: { what: "uploads", user: perMinute(60), org: (tier) => perMinute(TIERS[tier].requestsPerMinute / 2) },
  // Opening a document in the viewer is one download: two a second per person is more than anyone reads.
  download: { what: "downloads", user: perMinute(120), org: (tier) => perMinute(TIERS[tier].requestsPerMinute) },
  // Scoring and analysis runs: the plan's AI rate per org; one person may use a good share of it.
  ai: { what: "AI runs", user: perMinute(20), org: (tier) => perMinute(TIERS[tier].aiRequestsPerMinute) },
  // Redaction rasterises and reads every page: half the plan's AI rate, and fewer per person.
  redaction: { what: "redactions", user: perMinute(10), org: (tier) => perMinute(TIERS[tier].aiRequestsPerMinute / 2) },
  // An export reads every matching row at once: a twentieth of the general rate per org.
  export: { what: "exports", user: perMinute(10), org: (tier) => perMinute(TIERS[tier].requestsPerMinute / 20) },
  // Prints are logged one by one; a quarter of the general rate per org slows bulk printing of a room.
  print: { what: "prints", user: perMinute(30), org: (tier) => perMinute(TIERS[tier].requestsPerMinute / 4) },
  // Match messages notify the other org's people: 20 a minute is a brisk conversation, not a flood.
  "match-message": { what: "match messages", user: perMinute(20), org: (tier) => perMinute(TIERS[tier].requestsPerMinute / 10) },
  // Each question pages the ally's managers: a due-diligence list pasted in one go is fine, a loop is not.
  "qa-question": { what: "questions", user: perMinute(30), org: (tier) => perMinute(TIERS[tier].requestsPerMinute / 10) },
  // The public API (app/api/v1): the plan's general rate per org, shared by its keys. A key given a
  // limit of its own (api_keys.rate_limit_override) is counted alone at that limit instead.
  api: { what: "API requests", org: (tier) => perMinute(TIERS[tier].requestsPerMinute) },
} satisfies Record<string, RateLimitBucketDefinition>;

export type RateLimitBucket = keyof typeof RATE_LIMIT_BUCKETS;

/** The bucket names, for a zod enum (an action's metadata naming the bucket it spends). */
export const RATE_LIMIT_BUCKET_NAMES = Object.keys(RATE_LIMIT_BUCKETS) as [RateLimitBucket, ...RateLimitBucket[]];

/** The window of one scope of a bucket for an org on `tier`, or null when the bucket does not count that scope. */
export function bucketWindow(bucket: RateLimitBucket, scope: RateLimitScope, tier: SubscriptionTier): RateLimitWindow | null {
  const definition: RateLimitBucketDefinition = RATE_LIMIT_BUCKETS[bucket];
  if (scope === "org") return definition.org ? definition.org(tier) : null;
  // A key's window is the key's own (RateLimitKeys.apiKey), not the bucket's.
  if (scope === "key") return null;
  return definition[scope] ?? null;
}
