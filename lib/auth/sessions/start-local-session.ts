import type { DbClient, Tx } from "@/lib/db/create-db-client";
import { LOCAL_SESSION_TTL_SECONDS, signLocalSession } from "../local-session";
import type { RequestMeta } from "../tenant-context";

/** A new live session for the user, and the cookie value that names it. */
export async function startLocalSession(db: DbClient | Tx, userId: string, request: RequestMeta, ttlSeconds = LOCAL_SESSION_TTL_SECONDS): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, expiresAt: new Date(Date.now() + ttlSeconds * 1000), ipAddress: request.ipAddress?.slice(0, 45) ?? null, userAgent: request.userAgent },
    select: { id: true },
  });
  return signLocalSession(userId, session.id, ttlSeconds);
}
