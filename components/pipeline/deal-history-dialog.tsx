"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { listDealHistoryAction } from "@/lib/pipeline/actions";
import { PIPELINE_STAGE_LABELS } from "@/lib/pipeline/pipeline-stages";

/** Every move of one deal, newest first: from where to where, who, when and why. Loaded when opened. */
export function DealHistoryDialog({ deal, onClose }: { deal: { id: string; projectName: string } | null; onClose(): void }) {
  const { execute, result, isPending } = useAction(listDealHistoryAction);
  useEffect(() => {
    if (deal) execute({ entryId: deal.id });
  }, [deal, execute]);
  const moves = result.data ?? [];

  return (
    <Dialog open={deal !== null} onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>History of {deal?.projectName}</DialogTitle>
          <DialogDescription>Every move, with who made it and why.</DialogDescription>
        </DialogHeader>
        {isPending ? (
          <Skeleton className="h-24 w-full" />
        ) : result.serverError ? (
          <p role="alert" className="text-sm text-danger">
            {result.serverError.message}
          </p>
        ) : (
          <ol className="grid max-h-96 gap-3 overflow-y-auto">
            {moves.map((move) => (
              <li key={move.id} className="border-l-2 border-border pl-3 text-sm">
                <p className="font-medium">
                  {move.from ? `${PIPELINE_STAGE_LABELS[move.from]} → ${PIPELINE_STAGE_LABELS[move.to]}` : `Added in ${PIPELINE_STAGE_LABELS[move.to]}`}
                </p>
                <p className="text-muted-foreground">“{move.reason}”</p>
                <p className="text-xs text-muted-foreground">
                  {move.movedBy} ·{" "}
                  <time dateTime={move.movedAt}>{new Date(move.movedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </DialogContent>
    </Dialog>
  );
}
