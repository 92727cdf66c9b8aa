import type { Tx } from "@/lib/db/create-db-client";

export type RevokeReason = "signed-out" | "role-changed" | "deactivated";

/** Ends every live session of the user, in the caller's transaction (with the change that warrants it). */
export async function revokeUserSessions(tx: Tx, userId: string, reason: RevokeReason): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
  return count;
}

/** Ends one session (sign-out). */
export async function revokeSession(tx: Tx, sessionId: string, reason: RevokeReason): Promise<void> {
  await tx.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } });
}
