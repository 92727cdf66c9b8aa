"use client";

import { CircleCheck, Pencil, Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { completeMilestoneAction, deleteMilestoneAction } from "@/lib/milestones/actions";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { MilestoneFormDialog } from "./milestone-form-dialog";

type Props = { projectId: string; milestone: MilestoneDto; onError: (message: string) => void };

/** Complete, edit and delete for one milestone; only rendered for roles that may change milestones. */
export function MilestoneRowActions({ projectId, milestone, onError }: Props) {
  const ref = { projectId, milestoneId: milestone.id };
  const complete = useAction(completeMilestoneAction, { onError: ({ error }) => onError(error.serverError?.message ?? "The milestone was not completed.") });
  const remove = useAction(deleteMilestoneAction);

  return (
    <div className="flex items-center gap-1">
      {/* A fixed slot, so rows with and without the button line up. */}
      <div className="flex w-28 justify-end">
        {milestone.status === "COMPLETED" ? null : (
          <Button
            variant="outline"
            size="sm"
            onClick={() => complete.execute(ref)}
            disabled={complete.isPending}
            aria-busy={complete.isPending}
            aria-label={`Mark “${milestone.name}” complete`}
          >
            <CircleCheck aria-hidden />
            <span>{complete.isPending ? "Completing…" : "Complete"}</span>
          </Button>
        )}
      </div>
      <MilestoneFormDialog
        projectId={projectId}
        milestone={milestone}
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Edit “${milestone.name}”`} title="Edit">
            <Pencil aria-hidden />
          </Button>
        }
      />
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Delete “${milestone.name}”`} title="Delete" className="text-danger hover:bg-danger-soft">
            <Trash2 aria-hidden />
          </Button>
        }
        title="Delete this milestone?"
        description={`“${milestone.name}” will be removed from the plan. The audit log keeps a record of it.`}
        confirmLabel="Delete milestone"
        pendingLabel="Deleting…"
        error={remove.result.serverError?.message}
        onConfirm={async () => !(await remove.executeAsync(ref))?.serverError}
      />
    </div>
  );
}
