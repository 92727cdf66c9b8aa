import { Sprout } from "lucide-react";
import { cn } from "@/lib/utils/cn";

/** Logo + product name. `tone` follows the surface it sits on (dark sidebar or light page). */
export function BrandMark({ tone = "light", className }: { tone?: "light" | "dark"; className?: string }) {
  return (
    <span className={cn("flex items-center gap-2.5", className)}>
      <span className="flex size-8 items-center justify-center rounded-md bg-gradient-to-br from-brand-400 to-brand-700 text-white shadow-sm">
        <Sprout aria-hidden className="size-[18px]" />
      </span>
      <span className={cn("text-[15px] font-semibold tracking-tight", tone === "dark" ? "text-white" : "text-foreground")}>SCR Platform</span>
    </span>
  );
}
