"use client";

import dynamic from "next/dynamic";
import { createContext, useContext } from "react";
import type { NotificationSummary } from "@/lib/notifications/to-notification-dto";
import { BELL_TRIGGER, BellFace, bellLabel } from "./notification-bell-face";

const Initial = createContext<NotificationSummary | null>(null);

/** Until the menu's code arrives: the bell with the server's count, disabled (a click would do nothing). */
function LoadingBell() {
  const initial = useContext(Initial);
  if (!initial) return null;
  return (
    <button type="button" disabled className={BELL_TRIGGER} aria-label={bellLabel(initial.unread)} data-testid="notification-bell">
      <BellFace unread={initial.unread} />
    </button>
  );
}

// The menu (Radix dropdown with its popper, date-fns for "3 minutes ago", ~28 KB gzip) is in every
// page of the app but needed only once the bell is opened: it loads after the page, not with it.
const NotificationBellMenu = dynamic(() => import("./notification-bell-menu").then((menu) => menu.NotificationBellMenu), { ssr: false, loading: LoadingBell });

export function NotificationBell({ initial }: { initial: NotificationSummary }) {
  return (
    <Initial.Provider value={initial}>
      <NotificationBellMenu initial={initial} />
    </Initial.Provider>
  );
}
