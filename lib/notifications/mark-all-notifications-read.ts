import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { inboxWhere } from "./inbox-scope";

/** Marks every unread notification of the user read (theirs only, in their org); not audited, as for one (mark-notification-read.ts). */
export async function markAllNotificationsRead(tenant: Pick<TenantContext, "user" | "org">, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { ...inboxWhere(tenant), readAt: null }, data: { readAt: now } });
  return { marked: count };
}
