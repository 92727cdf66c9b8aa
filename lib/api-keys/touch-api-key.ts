import "server-only";
import { db } from "@/lib/db/client";
import { createBoundedCache } from "@/lib/utils/bounded-cache";

const MINUTE_MS = 60_000;

/**
 * When this process last wrote each key's last_used_at. A busy key would otherwise write its row
 * on every request; the cap bounds memory, and a key it forgets costs one more conditional UPDATE.
 */
const lastWrites = createBoundedCache<string, number>({ maxEntries: 10_000 });

/**
 * Marks a key used, at most once a minute: this process skips keys it wrote less than a minute
 * ago, and the UPDATE's condition stops other processes (or a restarted one) from writing sooner.
 * A raw UPDATE leaves updated_at alone: being used is not an edit of the key. Returns whether it wrote.
 */
export async function touchApiKey(keyId: string, now = Date.now()): Promise<boolean> {
  const last = lastWrites.get(keyId);
  if (last !== undefined && now - last < MINUTE_MS) return false;
  lastWrites.set(keyId, now);
  const written = await db.$executeRaw`
    UPDATE api_keys SET last_used_at = now()
    WHERE id = ${keyId}::uuid AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`;
  return written > 0;
}
