import "server-only";
import { describeClosedStatus } from "@/lib/access/check-access";
import { STATUS_ACCESS } from "@/lib/access/tiers";
import { type ApiKeyActor, apiKeyActor } from "@/lib/auth/actor";
import { requestMetaFrom } from "@/lib/auth/request-meta";
import { db } from "@/lib/db/client";
import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { hashApiKey, looksLikeApiKey } from "./api-key-secret";
import { readScopes } from "./scopes";
import { touchApiKey } from "./touch-api-key";

export type AuthenticatedApiKey = {
  actor: ApiKeyActor;
  org: { id: string; tier: SubscriptionTier; status: SubscriptionStatus };
  /** The key's own requests a minute, when it has one instead of the plan's. */
  rateLimitOverride: number | null;
};

const refused = (message: string) => new AppError("UNAUTHENTICATED", message);

/**
 * The principal behind `Authorization: Bearer scr_...`: the key's org acting through the key,
 * limited to its scopes. Refused (401) when the header is missing or malformed, the key unknown,
 * revoked or expired, or its org closed (suspended or cancelled, as the app shuts them out).
 */
export async function authenticateApiKey(request: Request): Promise<AuthenticatedApiKey> {
  const header = request.headers.get("authorization");
  if (!header) throw refused("Send an API key as Authorization: Bearer scr_….");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !looksLikeApiKey(match[1]!)) throw refused("The Authorization header must be Bearer followed by an API key (scr_…).");

  const key = await db.apiKey.findUnique({
    where: { keyHash: hashApiKey(match[1]!) },
    select: {
      id: true,
      orgId: true,
      scopes: true,
      isActive: true,
      expiresAt: true,
      rateLimitOverride: true,
      org: { select: { type: true, subscriptionTier: true, subscriptionStatus: true } },
    },
  });
  if (!key) throw refused("This API key is not valid.");
  if (!key.isActive) throw refused("This API key has been revoked.");
  if (key.expiresAt && key.expiresAt <= new Date()) throw refused(`This API key expired on ${key.expiresAt.toISOString().slice(0, 10)}.`);
  if (STATUS_ACCESS[key.org.subscriptionStatus] === "none") throw refused(describeClosedStatus(key.org.subscriptionStatus));

  await touchApiKey(key.id);
  return {
    actor: apiKeyActor({ id: key.orgId, type: key.org.type }, { id: key.id, scopes: readScopes(key.scopes) }, requestMetaFrom(request.headers)),
    org: { id: key.orgId, tier: key.org.subscriptionTier, status: key.org.subscriptionStatus },
    rateLimitOverride: key.rateLimitOverride,
  };
}
