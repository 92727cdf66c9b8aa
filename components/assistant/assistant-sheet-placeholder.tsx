import { Skeleton } from "@/components/ui/skeleton";

/** The sheet's frame while the panel's code arrives (the first open only): same place, same size. */
export function AssistantSheetPlaceholder() {
  return (
    <div className="fixed inset-0 z-50 bg-foreground/40" data-testid="assistant-loading">
      <div role="status" className="fixed inset-y-0 right-0 flex w-full flex-col gap-4 border-l border-border bg-surface p-5 shadow-pop sm:max-w-lg">
        <span className="sr-only">Opening the assistant…</span>
        <Skeleton className="h-6 w-32" />
        <Skeleton className="h-4 w-48" />
        <div className="flex-1" />
        <Skeleton className="h-24 w-full" />
      </div>
    </div>
  );
}
