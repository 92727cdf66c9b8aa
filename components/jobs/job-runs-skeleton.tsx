import { Skeleton } from "@/components/ui/skeleton";

/** The shape of the jobs table while its rows load. */
export function JobRunsSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div className="grid gap-px overflow-hidden rounded-lg border border-border">
      <Skeleton className="h-16 rounded-none" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-12 rounded-none" />
      ))}
    </div>
  );
}
