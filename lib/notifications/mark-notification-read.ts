import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { inboxWhere } from "./inbox-scope";

/**
 * Marks one of the user's own notifications read and returns where it points. Reading twice is
 * fine; anyone else's id (a colleague's, another org's) is the same 404 as an unknown one.
 * Not audited: read state is the user's own inbox bookkeeping, like a session, not a record of
 * the org (the audit log would fill with clicks).
 */
export async function markNotificationRead(tenant: Pick<TenantContext, "user" | "org">, notificationId: string, now = new Date()) {
  const where = { id: notificationId, ...inboxWhere(tenant) };
  await db.notification.updateMany({ where: { ...where, readAt: null }, data: { readAt: now } });
  const row = await db.notification.findFirst({ where, select: { id: true, link: true } });
  if (!row) throw notFound("Notification");
  return { id: row.id, link: row.link };
}
