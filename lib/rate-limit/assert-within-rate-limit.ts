import "server-only";
import type { RequestMeta } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { SubscriptionTier } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import type { RateLimitBucket } from "./buckets";
import { consumeRateLimit } from "./consume-rate-limit";
import type { RateLimitInfo } from "./rate-limit-headers";

/** An Actor, TenantContext or SystemActor fits: the org from the session, its tier when already loaded. */
export type RateLimitedActor = { org: { id: string; tier?: SubscriptionTier }; user: { id: string } | null; request?: RequestMeta | null };

/**
 * Counts one request of a signed-in actor (or a system actor, by org only) against `bucket`, per
 * person and per org by plan. Throws AppError RATE_LIMITED over the limit; otherwise returns what
 * is left, for RateLimit-* headers. The tier is read from the org row when the actor lacks it, so
 * a change of plan applies on the next request.
 */
export async function assertWithinRateLimit(actor: RateLimitedActor, bucket: RateLimitBucket): Promise<RateLimitInfo> {
  const tier = actor.org.tier ?? (await readOrgTier(actor.org.id));
  return consumeRateLimit(bucket, { ip: actor.request?.ipAddress, userId: actor.user?.id, org: { id: actor.org.id, tier } });
}

async function readOrgTier(orgId: string): Promise<SubscriptionTier> {
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { subscriptionTier: true } });
  if (!org) throw notFound("Organisation");
  return org.subscriptionTier;
}
