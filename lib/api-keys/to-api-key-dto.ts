import type { ApiKey } from "@/lib/db/generated/client";
import { readScopes } from "./scopes";

export type ApiKeyStatus = "active" | "revoked" | "expired";

export function apiKeyStatus(key: Pick<ApiKey, "isActive" | "expiresAt">, now = new Date()): ApiKeyStatus {
  if (!key.isActive) return "revoked";
  return key.expiresAt && key.expiresAt <= now ? "expired" : "active";
}

/** What the settings page shows of a key: never its hash. */
export function toApiKeyDto(key: ApiKey, now = new Date()) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.keyPrefix,
    scopes: readScopes(key.scopes),
    rateLimitPerMinute: key.rateLimitOverride,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    status: apiKeyStatus(key, now),
  };
}
export type ApiKeyDto = ReturnType<typeof toApiKeyDto>;
