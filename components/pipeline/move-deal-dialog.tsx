"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { moveDealStageAction } from "@/lib/pipeline/actions";
import { PIPELINE_REASON_MAX_LENGTH, PIPELINE_STAGE_LABELS, PIPELINE_STAGES, type PipelineStage } from "@/lib/pipeline/pipeline-stages";

export type PendingMove = { entryId: string; projectName: string; from: PipelineStage; to: PipelineStage };

/** Asks why before a deal moves (dragged to a column, or chosen here); the board refreshes after. */
export function MoveDealDialog({ move, onClose }: { move: PendingMove | null; onClose(): void }) {
  const router = useRouter();
  const [to, setTo] = useState<PipelineStage | null>(null);
  const { execute, result, isPending, reset } = useAction(moveDealStageAction, {
    onSuccess: () => {
      close();
      router.refresh();
    },
  });
  const target = to ?? move?.to ?? "sourced";
  const fieldErrors = result.validationErrors?.fieldErrors;

  function close() {
    setTo(null);
    reset();
    onClose();
  }

  return (
    <Dialog open={move !== null} onOpenChange={(open) => (open ? null : close())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Move {move?.projectName}</DialogTitle>
          <DialogDescription>From {move ? PIPELINE_STAGE_LABELS[move.from] : ""}. The reason goes into the deal's history.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (!move) return;
            const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
            execute({ entryId: move.entryId, from: move.from, to: target, reason });
          }}
        >
          <Field label="To stage" required error={fieldErrors?.to}>
            <NativeSelect name="to" value={target} onChange={(event) => setTo(event.target.value as PipelineStage)}>
              {PIPELINE_STAGES.map((stage) => (
                <option key={stage} value={stage} disabled={stage === move?.from}>
                  {PIPELINE_STAGE_LABELS[stage]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label="Why" required error={fieldErrors?.reason} hint="For example: IC memo approved, or grid study came back negative.">
            <Textarea name="reason" rows={3} maxLength={PIPELINE_REASON_MAX_LENGTH} autoFocus />
          </Field>
          {result.serverError ? (
            <p role="alert" className="text-sm text-danger">
              {result.serverError.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" disabled={isPending} aria-busy={isPending}>
              {isPending ? "Moving…" : `Move to ${PIPELINE_STAGE_LABELS[target]}`}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
