import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { newApiKeySecret } from "./api-key-secret";
import type { CreateApiKeyInput } from "./schemas";
import { type ApiKeyDto, toApiKeyDto } from "./to-api-key-dto";

/**
 * Creates a key for the actor's org. The plaintext is returned this once and never stored: the
 * row keeps its SHA-256 and first 8 characters, so a lost key is revoked and replaced, not shown.
 */
export async function createApiKey(actor: Actor, input: CreateApiKeyInput): Promise<{ key: string; apiKey: ApiKeyDto }> {
  const secret = newApiKeySecret();
  return auditedWrite(actor, async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        orgId: actor.org.id,
        createdBy: actor.user.id,
        name: input.name,
        keyHash: secret.hash,
        keyPrefix: secret.prefix,
        scopes: input.scopes,
        rateLimitOverride: input.rateLimitPerMinute ?? null,
        expiresAt: input.expiresOn ? new Date(`${input.expiresOn}T00:00:00Z`) : null,
      },
    });
    const after = { name: row.name, prefix: row.keyPrefix, scopes: input.scopes, expiresOn: input.expiresOn ?? null, rateLimitPerMinute: row.rateLimitOverride };
    return {
      result: { key: secret.key, apiKey: toApiKeyDto(row) },
      audit: { action: "api_key.created", entityType: "ApiKey", entityId: row.id, changes: { after } },
    };
  });
}
