"use client";

import { DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useDroppable, useSensor, useSensors } from "@dnd-kit/core";
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import type { PipelineDealDto } from "@/lib/pipeline/list-pipeline";
import { isPipelineStage, PIPELINE_STAGE_LABELS, PIPELINE_STAGES, type PipelineStage } from "@/lib/pipeline/pipeline-stages";
import { cn } from "@/lib/utils/cn";
import type { PendingMove } from "./move-deal-dialog";
import { PipelineCard } from "./pipeline-card";

// The dialogs (Radix, forms, actions) load when a move or a history is first asked for, not with the board.
const MoveDealDialog = dynamic(() => import("./move-deal-dialog").then((dialog) => dialog.MoveDealDialog), { ssr: false });
const DealHistoryDialog = dynamic(() => import("./deal-history-dialog").then((dialog) => dialog.DealHistoryDialog), { ssr: false });

/**
 * The pipeline as columns, one per stage. A card dropped on another column (or moved with its
 * Move button) opens the dialog that asks why; nothing moves until that is saved.
 */
export function PipelineBoard({ deals, canMove }: { deals: PipelineDealDto[]; canMove: boolean }) {
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [history, setHistory] = useState<{ id: string; projectName: string } | null>(null);
  // dnd-kit's aria ids must match between the server render and hydration.
  const dndId = useId();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor));
  const byId = new Map(deals.map((deal) => [deal.id, deal]));

  function onDragEnd(event: DragEndEvent) {
    const deal = byId.get(String(event.active.id));
    const to = event.over ? String(event.over.id) : null;
    if (!deal || !to || !isPipelineStage(to) || to === deal.stage) return;
    setPending({ entryId: deal.id, projectName: deal.projectName, from: deal.stage, to });
  }

  return (
    <DndContext id={dndId} sensors={sensors} onDragEnd={onDragEnd}>
      <section className="relative flex min-w-0 gap-3 overflow-x-auto pb-2" aria-label="Pipeline board">
        {PIPELINE_STAGES.map((stage) => (
          <StageColumn key={stage} stage={stage} deals={deals.filter((deal) => deal.stage === stage)}>
            {(deal) => (
              <PipelineCard
                key={deal.id}
                deal={deal}
                canMove={canMove}
                onMove={() => setPending({ entryId: deal.id, projectName: deal.projectName, from: deal.stage, to: nextStage(deal.stage) })}
                onHistory={() => setHistory({ id: deal.id, projectName: deal.projectName })}
              />
            )}
          </StageColumn>
        ))}
      </section>
      {pending ? <MoveDealDialog key={`${pending.entryId}:${pending.to}`} move={pending} onClose={() => setPending(null)} /> : null}
      {history ? <DealHistoryDialog deal={history} onClose={() => setHistory(null)} /> : null}
    </DndContext>
  );
}

function StageColumn({ stage, deals, children }: { stage: PipelineStage; deals: PipelineDealDto[]; children(deal: PipelineDealDto): React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const headingId = `stage-${stage}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={cn("flex w-72 shrink-0 flex-col rounded-lg border border-border bg-muted/50 p-2", isOver && "border-primary bg-success-soft")}
    >
      <h2 id={headingId} className="flex items-center justify-between px-1 pb-2 text-sm font-semibold">
        {PIPELINE_STAGE_LABELS[stage]}
        <span className="rounded-full bg-surface px-2 text-xs font-medium text-muted-foreground">{deals.length}</span>
      </h2>
      {deals.length === 0 ? (
        <p className="rounded-md border border-dashed border-border px-2 py-6 text-center text-xs text-muted-foreground">No deals</p>
      ) : (
        <ul className="grid min-w-0 grid-cols-1 gap-2">{deals.map(children)}</ul>
      )}
    </section>
  );
}

/** The Move button proposes the next stage along; closed deals reopen into the committee. */
function nextStage(stage: PipelineStage): PipelineStage {
  if (stage === "closed_won" || stage === "closed_lost") return "investment_committee";
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1];
}
