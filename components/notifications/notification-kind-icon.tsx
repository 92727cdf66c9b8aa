import { AlertTriangle, AtSign, Bell, CircleAlert, Info } from "lucide-react";
import type { NotificationKind } from "@/lib/notifications/notification-kinds";
import { cn } from "@/lib/utils/cn";

const ICONS = { action_required: CircleAlert, warning: AlertTriangle, mention: AtSign, info: Info, system: Bell } as const;
const TONES: Record<NotificationKind, string> = {
  action_required: "bg-brand-50 text-brand-700",
  warning: "bg-warning-soft text-warning",
  mention: "bg-info-soft text-info",
  info: "bg-muted text-muted-foreground",
  system: "bg-muted text-muted-foreground",
};

export function NotificationKindIcon({ kind, className }: { kind: NotificationKind; className?: string }) {
  const Icon = ICONS[kind];
  return (
    <span className={cn("flex size-8 shrink-0 items-center justify-center rounded-full", TONES[kind], className)}>
      <Icon aria-hidden className="size-4" />
    </span>
  );
}
