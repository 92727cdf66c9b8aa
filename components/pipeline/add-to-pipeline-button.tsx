"use client";

import { KanbanSquare } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { addToPipelineAction } from "@/lib/pipeline/actions";
import { PIPELINE_REASON_MAX_LENGTH, PIPELINE_STAGE_LABELS, PIPELINE_STAGES, type PipelineStage } from "@/lib/pipeline/pipeline-stages";

type Props = { projectId: string; projectName: string; currentStage: PipelineStage | null };

/** On a listed project: its stage in the pipeline when it is there, else a button that adds it (with the reason). */
export function AddToPipelineButton({ projectId, projectName, currentStage }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(addToPipelineAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  if (currentStage) {
    return (
      <Button variant="outline" asChild>
        <Link href="/pipeline">
          <KanbanSquare aria-hidden /> In pipeline: {PIPELINE_STAGE_LABELS[currentStage]}
        </Link>
      </Button>
    );
  }
  const fieldErrors = result.validationErrors?.fieldErrors;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <KanbanSquare aria-hidden /> Add to pipeline
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add {projectName} to your pipeline</DialogTitle>
          <DialogDescription>Your team sees it on the pipeline board; every later move records who and why.</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            execute({ projectId, stage: String(form.get("stage")) as PipelineStage, reason: String(form.get("reason") ?? "") });
          }}
        >
          <Field label="Stage" required error={fieldErrors?.stage}>
            <NativeSelect name="stage" defaultValue="sourced">
              {PIPELINE_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {PIPELINE_STAGE_LABELS[stage]}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Field label="Why" required error={fieldErrors?.reason} hint="For example: fits Fund I's East Africa mandate.">
            <Textarea name="reason" rows={3} maxLength={PIPELINE_REASON_MAX_LENGTH} />
          </Field>
          {result.serverError ? (
            <p role="alert" className="text-sm text-danger">
              {result.serverError.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="submit" disabled={isPending} aria-busy={isPending}>
              {isPending ? "Adding…" : "Add to pipeline"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
