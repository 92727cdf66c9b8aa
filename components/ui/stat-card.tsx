import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export type StatCardProps = {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  icon?: LucideIcon;
  /** Colours the icon chip: status cards use the matching status colour. */
  tone?: "brand" | "success" | "warning" | "danger" | "info" | "muted";
  className?: string;
};

const tones = {
  brand: "bg-brand-50 text-brand-700",
  success: "bg-success-soft text-success",
  warning: "bg-warning-soft text-warning",
  danger: "bg-danger-soft text-danger",
  info: "bg-info-soft text-info",
  muted: "bg-muted text-muted-foreground",
};

export function StatCard({ label, value, hint, icon: Icon, tone = "brand", className }: StatCardProps) {
  return (
    <div data-slot="stat-card" className={cn("flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 shadow-card sm:p-5", className)}>
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm font-medium text-muted-foreground">{label}</p>
        {Icon ? (
          <span className={cn("flex size-8 items-center justify-center rounded-md", tones[tone])}>
            <Icon aria-hidden className="size-4" />
          </span>
        ) : null}
      </div>
      <p className="text-2xl font-semibold tracking-tight text-foreground tabular-nums">{value}</p>
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
    </div>
  );
}
