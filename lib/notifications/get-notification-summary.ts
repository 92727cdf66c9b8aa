import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { NotificationKind } from "./notification-kinds";
import { BELL_LATEST_COUNT } from "./schemas";
import { type NotificationSummary, toNotificationDto } from "./to-notification-dto";

type BellRow = {
  id: string | null;
  kind: NotificationKind | null;
  title: string | null;
  message: string | null;
  link: string | null;
  read_at: Date | null;
  created_at: Date | null;
  unread: number;
};

/**
 * What the bell shows, asked for on every page and every poll: the unread count (from the partial
 * index of unread rows) and the latest few (from the user-and-time index). One raw statement
 * rather than two Prisma queries: it runs on every signed-in page, and each Prisma query is
 * compiled on the request's thread. The scope is the inbox's (lib/notifications/inbox-scope.ts):
 * the user's own rows in their own org. The count rides on every row, and on a row of nulls when
 * the inbox is empty.
 */
export async function getNotificationSummary(tenant: Pick<TenantContext, "user" | "org">): Promise<NotificationSummary> {
  const rows = await db.$queryRaw<BellRow[]>`
    WITH unread AS (
      SELECT count(*)::int AS unread FROM notifications
      WHERE user_id = ${tenant.user.id}::uuid AND org_id = ${tenant.org.id}::uuid AND read_at IS NULL
    ), latest AS (
      SELECT id, kind::text AS kind, title, message, link, read_at, created_at FROM notifications
      WHERE user_id = ${tenant.user.id}::uuid AND org_id = ${tenant.org.id}::uuid
      ORDER BY created_at DESC, id DESC
      LIMIT ${BELL_LATEST_COUNT}
    )
    SELECT latest.*, unread.unread FROM unread LEFT JOIN latest ON true
    ORDER BY latest.created_at DESC, latest.id DESC`;
  const latest = rows.flatMap((row) =>
    row.id === null
      ? []
      : [toNotificationDto({ id: row.id, kind: row.kind!, title: row.title!, message: row.message!, link: row.link, readAt: row.read_at, createdAt: row.created_at! })],
  );
  return { unread: rows[0]?.unread ?? 0, latest };
}
