import { db } from "@/lib/db/client";

/**
 * Whether the session a cookie names is still live: its row exists for that user, unrevoked and
 * unexpired. A token without a session id (signed before sessions were recorded) is not.
 */
export async function isSessionLive(userId: string, sessionId: string | null): Promise<boolean> {
  if (!sessionId) return false;
  const live = await db.userSession.count({ where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: new Date() } } });
  return live > 0;
}
