import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { userActor } from "../actor";
import { readLocalSession } from "../local-session";
import type { RequestMeta } from "../tenant-context";
import { toTenantContext } from "../to-tenant-context";
import { revokeSession } from "./revoke-user-sessions";

/** Ends the cookie's session server-side, so a copy of the cookie is worthless from now on; audited. */
export async function signOutLocalUser(token: string | undefined, request: RequestMeta): Promise<void> {
  const session = await readLocalSession(token);
  if (!session?.sessionId) return;
  const { sessionId, userId } = session;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, include: { org: true } });
    const live = await tx.userSession.count({ where: { id: sessionId, userId, revokedAt: null } });
    if (!user || !live) return;
    await revokeSession(tx, sessionId, "signed-out");
    await recordAudit(tx, userActor(toTenantContext(user, user.org), request), { action: "user.signed_out", entityType: "User", entityId: user.id });
  });
}
