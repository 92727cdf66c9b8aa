"use client";

import { useDraggable } from "@dnd-kit/core";
import { GripVertical, History, MessageCircleQuestion, MoveRight, ScanSearch } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { PipelineDealDto } from "@/lib/pipeline/list-pipeline";
import { cn } from "@/lib/utils/cn";
import { daysInStage } from "./days-in-stage";

type Props = { deal: PipelineDealDto; canMove: boolean; onMove(): void; onHistory(): void };

/** One deal on the board: drag it by its handle to another column, or use Move (keyboard and touch alike). */
export function PipelineCard({ deal, canMove, onMove, onHistory }: Props) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: deal.id, disabled: !canMove, data: { stage: deal.stage } });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li ref={setNodeRef} style={style} className={cn("min-w-0 rounded-md border border-border bg-surface p-3 shadow-sm", isDragging && "z-10 opacity-80 shadow-pop")}>
      <div className="flex items-start gap-2">
        {canMove ? (
          <button
            type="button"
            className="mt-0.5 cursor-grab rounded-sm text-muted-foreground hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
            aria-label={`Drag ${deal.projectName} to another stage`}
            {...attributes}
            {...listeners}
          >
            <GripVertical className="size-4" aria-hidden />
          </button>
        ) : null}
        <div className="min-w-0 flex-1">
          <Link href={`/marketplace/${deal.projectId}`} className="font-medium leading-snug hover:underline">
            {deal.projectName}
          </Link>
          <p className="truncate text-xs text-muted-foreground">
            {deal.allyOrgName} · {deal.typeLabel} · {deal.countryName}
          </p>
        </div>
        {deal.matchScore !== null ? (
          <span className="rounded-full bg-success-soft px-2 py-0.5 text-xs font-semibold text-primary" title="Best match score with your mandates">
            {deal.matchScore}
          </span>
        ) : null}
      </div>
      <dl className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground">
        <div>
          <dt className="sr-only">Raise</dt>
          <dd className="font-medium text-foreground">{deal.raise}</dd>
        </div>
        <div>
          <dt className="sr-only">In this stage for</dt>
          <dd>{daysInStage(deal.enteredStageAt)} in stage</dd>
        </div>
        {deal.openQuestions > 0 ? (
          <div>
            <dt className="sr-only">Open questions</dt>
            <dd>
              <Link href={`/qa?project=${deal.projectId}`} className="inline-flex items-center gap-1 hover:underline">
                <MessageCircleQuestion className="size-3.5" aria-hidden /> {deal.openQuestions} open
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {deal.lastReason ? <p className="mt-2 line-clamp-2 text-xs italic text-muted-foreground">“{deal.lastReason}”</p> : null}
      <div className="mt-2 flex gap-1">
        {canMove ? (
          <Button variant="ghost" size="sm" onClick={onMove}>
            <MoveRight aria-hidden /> Move
          </Button>
        ) : null}
        <Button variant="ghost" size="sm" onClick={onHistory}>
          <History aria-hidden /> History
        </Button>
        <Button asChild variant="ghost" size="sm">
          <Link href={`/pipeline/${deal.id}/screening`} aria-label={`Screen ${deal.projectName}`}>
            <ScanSearch aria-hidden /> Screen
          </Link>
        </Button>
      </div>
    </li>
  );
}
