import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

const WIDTHS = ["w-48", "w-16", "w-20", "w-16", "w-14", "w-24", "w-20", "w-20"];

/** The table's shape while the server reads the next page: the toolbar stays usable above it. */
export function ProjectsTableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Card className="overflow-hidden p-0" role="status" aria-live="polite">
      <span className="sr-only">Loading projects…</span>
      <div className="flex items-center justify-between border-b border-border px-4 py-3">
        <Skeleton className="h-4 w-44" />
        <div className="flex gap-2">
          <Skeleton className="h-8 w-24" />
          <Skeleton className="h-8 w-28" />
        </div>
      </div>
      <div className="overflow-hidden">
        <div className="flex h-10 items-center gap-6 bg-muted/60 px-3">
          {WIDTHS.map((width, index) => (
            <Skeleton key={index} className={`h-3 shrink-0 bg-border ${width}`} />
          ))}
        </div>
        {Array.from({ length: rows }, (_, row) => (
          <div key={row} className="flex h-[3.6rem] items-center gap-6 border-b border-border px-3">
            {WIDTHS.map((width, index) => (
              <Skeleton key={index} className={`shrink-0 ${index === 0 ? "h-4" : "h-3.5"} ${width}`} />
            ))}
          </div>
        ))}
      </div>
      <div className="flex items-center justify-between px-4 py-3">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-8 w-48" />
      </div>
    </Card>
  );
}
