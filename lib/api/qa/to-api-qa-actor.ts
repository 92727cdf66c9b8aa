import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { ApiKeyQaActor } from "@/lib/qa/api-key-qa-actor";

/** The key as a Q&A participant: its org's name (the other side's notice names it) and the user who created the key. */
export async function toApiQaActor(actor: ApiKeyActor): Promise<ApiKeyQaActor> {
  const key = await db.apiKey.findFirstOrThrow({ where: { id: actor.apiKeyId, orgId: actor.org.id }, select: { createdBy: true, org: { select: { name: true } } } });
  return { ...actor, org: { ...actor.org, name: key.org.name }, personId: key.createdBy };
}
