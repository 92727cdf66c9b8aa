import { Skeleton } from "@/components/ui/skeleton";

/** The cards' shape while the server reads a page: the search above stays usable. */
export function RoomCardsSkeleton({ cards = 9 }: { cards?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading data rooms…</span>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: cards }, (_, index) => (
          <div key={index} className="flex items-start gap-3 rounded-lg border border-border bg-surface p-4">
            <Skeleton className="size-10 shrink-0" />
            <div className="grid flex-1 gap-2">
              <Skeleton className="h-4 w-3/4" />
              <Skeleton className="h-3.5 w-24" />
              <Skeleton className="h-3 w-32" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
