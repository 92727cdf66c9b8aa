import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";

/**
 * The person behind a key, for what binds a person rather than an org: a deal room's NDA is
 * accepted by a user, so a key reads a room's documents on its creator's acceptance (as a key's
 * questions are asked in its creator's name, toApiQaActor).
 */
export async function keyPerson(actor: ApiKeyActor): Promise<{ id: string }> {
  const key = await db.apiKey.findFirstOrThrow({ where: { id: actor.apiKeyId, orgId: actor.org.id }, select: { createdBy: true } });
  return { id: key.createdBy };
}
