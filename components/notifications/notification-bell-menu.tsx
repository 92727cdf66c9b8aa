"use client";

import { formatDistanceToNow } from "date-fns";
import { CheckCheck } from "lucide-react";
import Link from "next/link";
import { useCallback, useEffect, useState, useTransition } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";
import type { NotificationSummary } from "@/lib/notifications/to-notification-dto";
import { cn } from "@/lib/utils/cn";
import { BELL_POLL_MS, BELL_TRIGGER, BellFace, bellLabel } from "./notification-bell-face";
import { NotificationKindIcon } from "./notification-kind-icon";
import { useOpenNotification } from "./use-open-notification";

export function NotificationBellMenu({ initial }: { initial: NotificationSummary }) {
  const [summary, setSummary] = useState(initial);
  const [marking, startMarking] = useTransition();

  // A server render of the shell (navigation, router.refresh) brings a fresher summary: take it.
  useEffect(() => setSummary(initial), [initial]);

  const reload = useCallback(async () => {
    try {
      const response = await fetch("/api/notifications", { cache: "no-store" });
      if (response.ok) setSummary((await response.json()) as NotificationSummary);
    } catch {
      // Offline or the server restarting: the next poll tries again.
    }
  }, []);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void reload();
    }, BELL_POLL_MS);
    const onFocus = () => void reload();
    window.addEventListener("focus", onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, [reload]);

  const { open } = useOpenNotification(
    useCallback((id: string) => {
      setSummary((s) => ({
        unread: s.latest.some((n) => n.id === id && !n.read) ? Math.max(0, s.unread - 1) : s.unread,
        latest: s.latest.map((n) => (n.id === id ? { ...n, read: true } : n)),
      }));
    }, []),
  );

  const markAll = () =>
    startMarking(async () => {
      const result = await markAllNotificationsReadAction();
      if (result?.data) setSummary((s) => ({ unread: 0, latest: s.latest.map((n) => ({ ...n, read: true })) }));
    });

  const { unread, latest } = summary;
  return (
    <DropdownMenu onOpenChange={(isOpen) => isOpen && void reload()}>
      <DropdownMenuTrigger className={BELL_TRIGGER} aria-label={bellLabel(unread)} data-testid="notification-bell">
        <BellFace unread={unread} />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-88 max-w-[calc(100vw-2rem)] p-0">
        <div className="flex items-center justify-between gap-2 px-3 py-2">
          <DropdownMenuLabel className="p-0 text-sm font-semibold">Notifications</DropdownMenuLabel>
          <button
            type="button"
            onClick={markAll}
            disabled={!unread || marking}
            className="flex items-center gap-1 rounded text-xs font-medium text-primary hover:underline disabled:pointer-events-none disabled:opacity-50"
          >
            <CheckCheck aria-hidden className="size-3.5" />
            Mark all read
          </button>
        </div>
        <DropdownMenuSeparator className="m-0" />
        {latest.length ? (
          latest.map((n) => (
            <DropdownMenuItem key={n.id} onSelect={() => open(n)} className={cn("items-start gap-3 rounded-none px-3 py-2.5", !n.read && "bg-brand-50/60")}>
              <NotificationKindIcon kind={n.kind} />
              <span className="grid min-w-0 flex-1 gap-0.5">
                <span className={cn("line-clamp-2 text-sm", n.read ? "text-foreground" : "font-semibold text-foreground")}>{n.title}</span>
                <span className="text-xs text-muted-foreground">
                  {formatDistanceToNow(new Date(n.createdAt), { addSuffix: true })}
                  {n.read ? "" : " · Unread"}
                </span>
              </span>
            </DropdownMenuItem>
          ))
        ) : (
          <p className="px-3 py-6 text-center text-sm text-muted-foreground">You have no notifications yet.</p>
        )}
        <DropdownMenuSeparator className="m-0" />
        <DropdownMenuItem asChild className="justify-center rounded-none px-3 py-2 text-sm font-medium text-primary">
          <Link href="/notifications">View all</Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
