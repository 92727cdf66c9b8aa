"use client";

import { LoaderCircle, RotateCcw } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { retryJobRunAction } from "@/lib/jobs/operations/actions";

/** Queues a failed run again; the row turns "Retry queued" when the page re-reads. */
export function RetryJobButton({ runId, kind }: { runId: string; kind: string }) {
  const router = useRouter();
  const { execute, isPending, hasSucceeded, result } = useAction(retryJobRunAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="outline" size="sm" onClick={() => execute({ runId })} disabled={isPending || hasSucceeded} aria-busy={isPending} aria-label={`Retry ${kind}`}>
        {isPending ? <LoaderCircle aria-hidden className="animate-spin motion-reduce:animate-none" /> : <RotateCcw aria-hidden />}
        {isPending ? "Retrying…" : "Retry"}
      </Button>
      <span role="status" aria-live="polite" className="text-xs">
        {hasSucceeded ? <span className="text-success">Queued again</span> : null}
        {result.serverError ? <span className="text-danger">{result.serverError.message}</span> : null}
      </span>
    </div>
  );
}
