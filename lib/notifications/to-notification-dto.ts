import type { NotificationKind } from "./notification-kinds";

export type NotificationDto = {
  id: string;
  kind: NotificationKind;
  title: string;
  message: string;
  link: string | null;
  read: boolean;
  createdAt: string;
};

/** What the bell shows: the unread count and the latest few. */
export type NotificationSummary = { unread: number; latest: NotificationDto[] };

type NotificationRow = { id: string; kind: NotificationKind; title: string; message: string; link: string | null; readAt: Date | null; createdAt: Date };

export const NOTIFICATION_DTO_SELECT = { id: true, kind: true, title: true, message: true, link: true, readAt: true, createdAt: true } as const;

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return { id: row.id, kind: row.kind, title: row.title, message: row.message, link: row.link, read: row.readAt !== null, createdAt: row.createdAt.toISOString() };
}
