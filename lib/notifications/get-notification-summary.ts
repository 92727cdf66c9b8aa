import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { inboxWhere } from "./inbox-scope";
import { BELL_LATEST_COUNT } from "./schemas";
import { NOTIFICATION_DTO_SELECT, toNotificationDto, type NotificationSummary } from "./to-notification-dto";

/**
 * What the bell shows, asked for on every page and every poll: the unread count (from the partial
 * index of unread rows) and the latest few (from the user-and-time index).
 */
export async function getNotificationSummary(tenant: Pick<TenantContext, "user" | "org">): Promise<NotificationSummary> {
  const where = inboxWhere(tenant);
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { ...where, readAt: null } }),
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: BELL_LATEST_COUNT, select: NOTIFICATION_DTO_SELECT }),
  ]);
  return { unread, latest: rows.map(toNotificationDto) };
}
