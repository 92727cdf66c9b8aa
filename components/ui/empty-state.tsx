import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export type EmptyStateProps = {
  icon?: LucideIcon;
  title: string;
  description?: ReactNode;
  /** A button or link that gets the user out of the empty state. */
  action?: ReactNode;
  className?: string;
  /** Compact: for empty lists inside a card rather than a whole page. */
  size?: "default" | "sm";
};

export function EmptyState({ icon: Icon, title, description, action, className, size = "default" }: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center rounded-lg border border-dashed border-border text-center",
        size === "sm" ? "gap-2 px-4 py-6" : "gap-3 bg-surface px-6 py-12",
        className,
      )}
    >
      {Icon ? (
        <div className={cn("flex items-center justify-center rounded-full bg-brand-50 text-brand-600", size === "sm" ? "size-9" : "size-12")}>
          <Icon aria-hidden className={size === "sm" ? "size-4" : "size-6"} />
        </div>
      ) : null}
      <div className="grid max-w-sm gap-1">
        <p className={cn("font-semibold text-foreground", size === "sm" ? "text-sm" : "text-base")}>{title}</p>
        {description ? <div className="text-sm text-muted-foreground">{description}</div> : null}
      </div>
      {action ? <div className="mt-1">{action}</div> : null}
    </div>
  );
}
