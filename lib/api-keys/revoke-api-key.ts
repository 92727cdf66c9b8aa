import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import type { RevokeApiKeyInput } from "./schemas";

/** Stops a key of the actor's org at once; another org's key is a 404. A key already revoked is left as it is, with no second audit row. */
export async function revokeApiKey(actor: Actor, input: RevokeApiKeyInput): Promise<{ id: string }> {
  const key = looksLikeUuid(input.apiKeyId)
    ? await db.apiKey.findFirst({ where: { id: input.apiKeyId, orgId: actor.org.id }, select: { id: true, name: true, keyPrefix: true, isActive: true } })
    : null;
  if (!key) throw notFound("API key");
  if (!key.isActive) return { id: key.id };
  return auditedWrite(actor, async (tx) => {
    await tx.apiKey.updateMany({ where: { id: key.id, orgId: actor.org.id }, data: { isActive: false } });
    const named = { name: key.name, prefix: key.keyPrefix };
    return {
      result: { id: key.id },
      audit: {
        action: "api_key.revoked",
        entityType: "ApiKey",
        entityId: key.id,
        changes: { before: { ...named, isActive: true }, after: { ...named, isActive: false } },
      },
    };
  });
}
