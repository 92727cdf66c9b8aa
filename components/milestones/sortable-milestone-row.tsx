"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, GripVertical } from "lucide-react";
import { describeMilestoneTiming, formatDateOnly } from "@/components/dashboard/milestone-timing";
import { Button } from "@/components/ui/button";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { cn } from "@/lib/utils/cn";
import { MilestoneProgress } from "./milestone-progress";
import { MilestoneRowActions } from "./milestone-row-actions";
import { MilestoneStatusBadge } from "./milestone-status-badge";

type Props = {
  projectId: string;
  milestone: MilestoneDto;
  position: number;
  count: number;
  canEdit: boolean;
  onMove: (id: string, delta: -1 | 1) => void;
  onError: (message: string) => void;
};

export function SortableMilestoneRow({ projectId, milestone, position, count, canEdit, onMove, onError }: Props) {
  const sortable = useSortable({ id: milestone.id, disabled: !canEdit });
  const timing = milestone.completedDate ? null : describeMilestoneTiming(milestone.targetDate);
  const style = { transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition };

  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      data-testid="milestone-row"
      className={cn(
        "flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border bg-surface px-3 py-3 last:border-0 sm:px-4",
        sortable.isDragging && "relative z-10 rounded-md shadow-pop",
      )}
    >
      <div className="flex min-w-0 flex-1 basis-64 items-start gap-3">
        {canEdit ? (
          <button
            type="button"
            className="mt-0.5 cursor-grab touch-none rounded-sm p-0.5 text-muted-foreground hover:text-foreground active:cursor-grabbing"
            aria-label={`Drag “${milestone.name}” to reorder`}
            {...sortable.attributes}
            {...sortable.listeners}
          >
            <GripVertical aria-hidden className="size-4" />
          </button>
        ) : null}
        <span aria-hidden className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-muted text-xs font-semibold text-muted-foreground">
          {position + 1}
        </span>
        <div className="grid min-w-0 gap-0.5">
          <p className="font-medium text-foreground">{milestone.name}</p>
          {milestone.description ? <p className="line-clamp-2 text-sm text-muted-foreground">{milestone.description}</p> : null}
          <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
            <span>
              Target <time dateTime={milestone.targetDate}>{formatDateOnly(milestone.targetDate)}</time>
            </span>
            {milestone.completedDate ? (
              <span className="text-success">
                Completed <time dateTime={milestone.completedDate}>{formatDateOnly(milestone.completedDate)}</time>
              </span>
            ) : timing ? (
              <span className={timing.overdue ? "font-medium text-danger" : undefined}>{timing.text}</span>
            ) : null}
          </p>
        </div>
      </div>
      <div className={cn("flex items-center gap-3", canEdit ? "pl-[4.25rem] sm:pl-0" : "pl-9 sm:pl-0")}>
        <MilestoneProgress pct={milestone.completionPct} status={milestone.status} />
        <div className="w-24">
          <MilestoneStatusBadge status={milestone.status} />
        </div>
      </div>
      {canEdit ? (
        <div className="ml-auto flex items-center gap-1">
          <Button
            variant="ghost"
            size="icon-sm"
            data-move={`${milestone.id}:up`}
            aria-label={`Move “${milestone.name}” up`}
            title="Move up"
            aria-disabled={position === 0 || undefined}
            onClick={() => onMove(milestone.id, -1)}
          >
            <ArrowUp aria-hidden />
          </Button>
          <Button
            variant="ghost"
            size="icon-sm"
            data-move={`${milestone.id}:down`}
            aria-label={`Move “${milestone.name}” down`}
            title="Move down"
            aria-disabled={position === count - 1 || undefined}
            onClick={() => onMove(milestone.id, 1)}
          >
            <ArrowDown aria-hidden />
          </Button>
          <MilestoneRowActions projectId={projectId} milestone={milestone} onError={onError} />
        </div>
      ) : null}
    </li>
  );
}
