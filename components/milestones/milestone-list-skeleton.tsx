import { Skeleton } from "@/components/ui/skeleton";

export function MilestoneListSkeleton() {
  return (
    <div role="status" aria-live="polite" className="grid gap-4">
      <span className="sr-only">Loading milestones…</span>
      <div className="grid gap-3 sm:grid-cols-3">
        {Array.from({ length: 3 }, (_, index) => (
          <Skeleton key={index} className="h-[4.5rem] rounded-lg" />
        ))}
      </div>
      <div className="grid gap-px overflow-hidden rounded-lg border border-border">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} className="h-16 rounded-none" />
        ))}
      </div>
    </div>
  );
}
