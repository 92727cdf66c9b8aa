import { CircleCheck, CircleExclamationPoint, Info, TriangleExclamationPoint } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

const variants = {
  info: { box: "border-info/20 bg-info-soft text-info", icon: Info },
  success: { box: "border-success/20 bg-success-soft text-success", icon: CircleCheck },
  warning: { box: "border-warning/20 bg-warning-soft text-warning", icon: TriangleExclamationPoint },
  danger: { box: "border-danger/20 bg-danger-soft text-danger", icon: CircleExclamationPoint },
};

export type AlertProps = {
  variant?: keyof typeof variants;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
};

/** Errors and warnings are announced (role="alert"); info and success are polite status. */
export function Alert({ variant = "info", title, children, className }: AlertProps) {
  const { box, icon: Icon } = variants[variant];
  const urgent = variant === "danger" || variant === "warning";
  return (
    <div data-slot="alert" role={urgent ? "alert" : "status"} className={cn("flex gap-3 rounded-md border px-4 py-3 text-sm", box, className)}>
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="grid gap-0.5">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-foreground/80">{children}</div> : null}
      </div>
    </div>
  );
}
