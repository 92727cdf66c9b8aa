import { Bell } from "lucide-react";

/** Every 30 s while the tab is visible, and whenever the window gets focus back: one indexed count and five rows. */
export const BELL_POLL_MS = 30_000;

export const BELL_TRIGGER =
  "relative flex size-9 items-center justify-center rounded-full text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring data-[state=open]:bg-accent";

export function bellLabel(unread: number): string {
  return unread ? `Notifications, ${unread} unread` : "Notifications, none unread";
}

/** The bell and its unread badge: the same before and after the menu's code has loaded. */
export function BellFace({ unread }: { unread: number }) {
  return (
    <>
      <Bell aria-hidden className="size-5" />
      {unread ? (
        <span
          aria-hidden
          className="absolute -top-0.5 -right-0.5 flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-danger px-1 text-[0.6875rem] leading-none font-semibold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </>
  );
}
