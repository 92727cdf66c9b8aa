import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { userActor } from "../actor";
import type { RequestMeta } from "../tenant-context";
import { toTenantContext } from "../to-tenant-context";
import { startLocalSession } from "./start-local-session";

/**
 * A local-mode sign-in: a live session row, the user's last sign-in and an audit row
 * (user.signed_in, with the address and browser) in one transaction. Returns the cookie value.
 */
export async function signInLocalUser(userId: string, request: RequestMeta): Promise<string> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, isActive: true, externalAuthId: { startsWith: "local|" } }, include: { org: true } });
    if (!user) throw new AppError("UNAUTHENTICATED", "That account does not exist or has been deactivated.");
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    const token = await startLocalSession(tx, user.id, request);
    await recordAudit(tx, userActor(toTenantContext(user, user.org), request), { action: "user.signed_in", entityType: "User", entityId: user.id });
    return token;
  });
}
