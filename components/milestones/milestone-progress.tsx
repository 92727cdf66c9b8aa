import type { MilestoneStatus } from "@/lib/milestones/milestone-constants";
import { cn } from "@/lib/utils/cn";
import { MILESTONE_STATUS_META } from "./milestone-status-meta";

/** A thin bar with the percentage as text beside it; the number is what screen readers get. */
export function MilestoneProgress({ pct, status, className }: { pct: number; status: MilestoneStatus; className?: string }) {
  return (
    <div className={cn("flex items-center gap-2", className)}>
      <div aria-hidden className="h-1.5 w-20 overflow-hidden rounded-full bg-muted">
        <div className={cn("h-full rounded-full", MILESTONE_STATUS_META[status].bar)} style={{ width: `${pct}%` }} />
      </div>
      <span className="w-9 text-right text-xs font-medium tabular-nums text-muted-foreground">{pct}%</span>
    </div>
  );
}
