"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { markNotificationReadAction } from "@/lib/notifications/actions";
import type { NotificationDto } from "@/lib/notifications/to-notification-dto";

/** Opening a notification marks it read, then goes where it points (or just refreshes the page it is on). */
export function useOpenNotification(onRead?: (id: string) => void) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const open = useCallback(
    (notification: NotificationDto) =>
      startTransition(async () => {
        const result = await markNotificationReadAction({ notificationId: notification.id });
        if (result?.data) onRead?.(notification.id);
        if (notification.link) router.push(notification.link);
        else router.refresh();
      }),
    [router, onRead],
  );
  return { open, pending };
}
