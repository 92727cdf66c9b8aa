import { Skeleton } from "@/components/ui/skeleton";

export default function PipelineLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <Skeleton className="h-10 w-64" />
      <div className="flex gap-3 overflow-hidden">
        {Array.from({ length: 6 }, (_, column) => (
          <Skeleton key={`column-${column + 1}`} className="h-72 w-64 shrink-0" />
        ))}
      </div>
    </div>
  );
}
