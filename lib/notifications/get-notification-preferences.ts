import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { readNotificationPreferences, type NotificationPreferences } from "./notification-preferences";

/** The signed-in user's own notification settings, defaults filled in. */
export async function getNotificationPreferences(tenant: Pick<TenantContext, "user" | "org">): Promise<NotificationPreferences> {
  const user = await db.user.findFirst({ where: { id: tenant.user.id, orgId: tenant.org.id }, select: { preferences: true } });
  if (!user) throw notFound("User");
  return readNotificationPreferences(user.preferences);
}
