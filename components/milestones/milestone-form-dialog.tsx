"use client";

import { useAction } from "next-safe-action/hooks";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { createMilestoneAction, updateMilestoneAction } from "@/lib/milestones/actions";
import { MILESTONE_STATUSES, type MilestoneStatus } from "@/lib/milestones/milestone-constants";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { MILESTONE_STATUS_META } from "./milestone-status-meta";

type Props = { projectId: string; milestone?: MilestoneDto; trigger: ReactNode };

/** Completion follows the obvious status changes, so the form rarely reports a mismatch. */
function completionFor(status: MilestoneStatus, current: string): string {
  if (status === "COMPLETED") return "100";
  if (status === "NOT_STARTED") return "0";
  return current === "100" ? "90" : current;
}

export function MilestoneFormDialog({ projectId, milestone, trigger }: Props) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<MilestoneStatus>(milestone?.recordedStatus ?? "NOT_STARTED");
  const [completion, setCompletion] = useState(String(milestone?.completionPct ?? 0));
  const close = { onSuccess: () => setOpen(false) };
  const create = useAction(createMilestoneAction, close);
  const update = useAction(updateMilestoneAction, close);
  const active = milestone ? update : create;
  const errors = active.result.validationErrors?.fieldErrors ?? {};

  function onOpenChange(next: boolean) {
    // While saving, the dialog stays open (the result lands in it); opening is never blocked.
    if (!next && active.isPending) return;
    if (next) {
      create.reset();
      update.reset();
      setStatus(milestone?.recordedStatus ?? "NOT_STARTED");
      setCompletion(String(milestone?.completionPct ?? 0));
    }
    setOpen(next);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const fields = {
      projectId,
      name: form.name,
      description: form.description,
      targetDate: form.targetDate,
      status,
      // An empty or non-numeric entry goes to the server as NaN, which it reports next to the field.
      completionPct: completion.trim() === "" ? Number.NaN : Number(completion),
    };
    if (milestone) update.execute({ ...fields, milestoneId: milestone.id });
    else create.execute(fields);
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{milestone ? "Edit milestone" : "Add milestone"}</DialogTitle>
          <DialogDescription>
            {milestone ? "Change the plan or record progress." : "New milestones go to the end of the list; drag or move them to reorder."}
          </DialogDescription>
        </DialogHeader>
        <form key={String(open)} onSubmit={onSubmit} className="grid gap-4" noValidate>
          {active.result.serverError ? (
            <Alert variant="danger" title={milestone ? "The milestone was not saved" : "The milestone was not added"}>
              {active.result.serverError.message}
            </Alert>
          ) : null}
          <Field label="Name" error={errors.name} required>
            <Input name="name" defaultValue={milestone?.name} autoComplete="off" placeholder="e.g. Grid connection agreement signed" />
          </Field>
          <Field label="Description" error={errors.description}>
            <Textarea name="description" rows={3} defaultValue={milestone?.description} />
          </Field>
          <div className="grid items-start gap-4 sm:grid-cols-3">
            <Field label="Target date" error={errors.targetDate} required>
              <Input name="targetDate" type="date" defaultValue={milestone?.targetDate} />
            </Field>
            <Field label="Status" error={errors.status} required>
              <NativeSelect
                name="status"
                value={status}
                onChange={(event) => {
                  const next = event.target.value as MilestoneStatus;
                  setStatus(next);
                  setCompletion((current) => completionFor(next, current));
                }}
              >
                {MILESTONE_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {MILESTONE_STATUS_META[value].label}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            <Field label="Completion (%)" error={errors.completionPct} required>
              <Input
                name="completionPct"
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                value={completion}
                onChange={(event) => setCompletion(event.target.value)}
              />
            </Field>
          </div>
          <p className="text-xs text-muted-foreground">A milestone past its target date and not completed shows as Delayed.</p>
          <DialogFooter>
            <Button variant="outline" onClick={() => onOpenChange(false)} disabled={active.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={active.isPending} aria-busy={active.isPending}>
              {active.isPending ? "Saving…" : milestone ? "Save changes" : "Add milestone"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
