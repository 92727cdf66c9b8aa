import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { inboxWhere } from "./inbox-scope";
import { NOTIFICATIONS_PAGE_SIZE } from "./schemas";
import { NOTIFICATION_DTO_SELECT, toNotificationDto, type NotificationDto } from "./to-notification-dto";

export type NotificationPage = { items: NotificationDto[]; page: number; pageCount: number; total: number; unread: number };

/** One page of the user's notifications, newest first (unread ones are styled apart, not sorted apart: the order stays time). */
export async function listNotifications(tenant: Pick<TenantContext, "user" | "org">, requestedPage = 1): Promise<NotificationPage> {
  const where = inboxWhere(tenant);
  const [total, unread] = await Promise.all([db.notification.count({ where }), db.notification.count({ where: { ...where, readAt: null } })]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: NOTIFICATION_DTO_SELECT,
  });
  return { items: rows.map(toNotificationDto), page, pageCount, total, unread };
}
