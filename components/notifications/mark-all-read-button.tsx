"use client";

import { CheckCheck } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction } from "@/lib/notifications/actions";

export function MarkAllReadButton({ unread }: { unread: number }) {
  const router = useRouter();
  const { execute, isPending } = useAction(markAllNotificationsReadAction, { onSuccess: () => router.refresh() });
  return (
    <Button variant="outline" onClick={() => execute()} disabled={!unread || isPending} aria-busy={isPending}>
      <CheckCheck aria-hidden />
      Mark all read
    </Button>
  );
}
