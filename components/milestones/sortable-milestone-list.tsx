"use client";

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type Modifier } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { MilestoneDto } from "@/lib/milestones/to-milestone-dto";
import { SortableMilestoneRow } from "./sortable-milestone-row";
import { useMilestoneOrder } from "./use-milestone-order";

export type MilestoneListProps = { projectId: string; milestones: MilestoneDto[]; canEdit: boolean };

/** A list only reorders up and down: the dragged row keeps its column. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

/**
 * The milestones in order. Editors reorder by dragging (pointer, or keyboard: space, arrows,
 * space) or with the move up/down buttons; the new order shows at once and is saved as a whole.
 */
export function SortableMilestoneList({ projectId, milestones, canEdit }: MilestoneListProps) {
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const { order, save, saving, error, setError } = useMilestoneOrder(
    projectId,
    milestones.map((m) => m.id),
  );
  const items = order.map((id) => byId.get(id)!);
  const [announcement, setAnnouncement] = useState("");
  // dnd-kit numbers its aria-describedby ids with a module counter, which differs between the
  // server render and hydration; React's id is the same on both.
  const dndId = useId();
  const refocus = useRef<{ id: string; direction: "up" | "down" } | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // A moved row's button can lose focus when React moves its DOM node: put it back.
  const orderKey = order.join();
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const button = document.querySelector<HTMLButtonElement>(`[data-move="${target.id}:${target.direction}"]`);
    const other = document.querySelector<HTMLButtonElement>(`[data-move="${target.id}:${target.direction === "up" ? "down" : "up"}"]`);
    (button?.getAttribute("aria-disabled") ? other : button)?.focus();
  }, [orderKey]);

  function move(from: number, to: number) {
    const next = arrayMove(order, from, to);
    setAnnouncement(`“${byId.get(next[to])?.name}” moved to position ${to + 1} of ${next.length}.`);
    void save(next);
  }

  function onMove(id: string, delta: -1 | 1) {
    const from = order.indexOf(id);
    if (from + delta < 0 || from + delta >= order.length) return;
    refocus.current = { id, direction: delta < 0 ? "up" : "down" };
    move(from, from + delta);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    move(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  }

  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? "milestone";
  const positionOf = (id: string | number) => order.indexOf(String(id)) + 1;

  return (
    <div className="grid gap-3">
      {error ? (
        <Alert variant="danger" title="Not saved">
          {error}
        </Alert>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {saving ? `${announcement} Saving…` : announcement}
      </p>
      <DndContext
        id={dndId}
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[verticalOnly]}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: "To reorder, press space, move with the arrow keys, and press space again to drop. Escape cancels." },
          announcements: {
            onDragStart: ({ active }) => `Picked up “${nameOf(active.id)}”, position ${positionOf(active.id)} of ${order.length}.`,
            onDragOver: ({ active, over }) => (over ? `“${nameOf(active.id)}” is over position ${positionOf(over.id)}.` : undefined),
            onDragEnd: ({ active, over }) => (over ? `“${nameOf(active.id)}” dropped at position ${positionOf(over.id)}.` : `“${nameOf(active.id)}” dropped.`),
            onDragCancel: ({ active }) => `Reordering cancelled; “${nameOf(active.id)}” is back in place.`,
          },
        }}
      >
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol aria-label="Milestones in order" aria-busy={saving} className="overflow-hidden rounded-lg border border-border bg-surface shadow-card">
            {items.map((milestone, index) => (
              <SortableMilestoneRow
                key={milestone.id}
                projectId={projectId}
                milestone={milestone}
                position={index}
                count={items.length}
                canEdit={canEdit}
                onMove={onMove}
                onError={setError}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}
