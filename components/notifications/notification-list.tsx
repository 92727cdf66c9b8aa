"use client";

import { format, formatDistanceToNow } from "date-fns";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/notification-kinds";
import type { NotificationDto } from "@/lib/notifications/to-notification-dto";
import { cn } from "@/lib/utils/cn";
import { NotificationKindIcon } from "./notification-kind-icon";
import { useOpenNotification } from "./use-open-notification";

/** The user's notifications: unread ones stand out; a click marks one read and follows its link. */
export function NotificationList({ items }: { items: NotificationDto[] }) {
  const { open, pending } = useOpenNotification();
  return (
    <ul aria-label="Notifications" aria-busy={pending} className="divide-y divide-border overflow-hidden rounded-lg border border-border bg-surface">
      {items.map((n) => (
        <li key={n.id}>
          <button
            type="button"
            onClick={() => open(n)}
            className={cn(
              "flex w-full items-start gap-3 px-4 py-3 text-left transition-colors hover:bg-accent focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring",
              !n.read && "bg-brand-50/60",
            )}
          >
            <NotificationKindIcon kind={n.kind} />
            <span className="grid min-w-0 flex-1 gap-1">
              <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                <span className={cn("text-sm", n.read ? "font-medium text-foreground" : "font-semibold text-foreground")}>{n.title}</span>
                {n.read ? null : <span className="rounded-full bg-primary px-1.5 py-px text-[0.6875rem] font-semibold text-primary-foreground">Unread</span>}
              </span>
              <span className="text-sm text-muted-foreground">{n.message}</span>
              <span className="text-xs text-muted-foreground">
                {NOTIFICATION_KIND_LABELS[n.kind].label} ·{" "}
                <time dateTime={n.createdAt} title={format(new Date(n.createdAt), "d MMM yyyy, HH:mm")}>
                  {formatDistanceToNow(new Date(n.createdAt), { addSuffix: true })}
                </time>
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
