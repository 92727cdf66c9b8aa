"use client";

import { useAction } from "next-safe-action/hooks";
import { useRef, useState } from "react";
import { reorderMilestonesAction } from "@/lib/milestones/actions";

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * The order the list shows: the server's, or the user's newer one while it is being saved. Moves
 * made while a save is in flight are queued and the latest order is sent next, so quick repeated
 * moves (a keyboard user pressing twice) all count. On failure the server's order comes back.
 */
export function useMilestoneOrder(projectId: string, serverOrder: string[]) {
  const [localOrder, setLocalOrder] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const savingNow = useRef(false);
  const queued = useRef<string[] | null>(null);
  const reorder = useAction(reorderMilestonesAction);

  // Once the server shows the order we saved, follow the server again (edits, adds, deletes).
  if (localOrder && !saving && sameOrder(localOrder, serverOrder)) setLocalOrder(null);

  // Milestones added or deleted meanwhile: keep the user's order for the rest.
  const order = localOrder ? [...localOrder.filter((id) => serverOrder.includes(id)), ...serverOrder.filter((id) => !localOrder.includes(id))] : serverOrder;

  async function save(next: string[]) {
    setError(null);
    setLocalOrder(next);
    queued.current = next;
    if (savingNow.current) return;
    savingNow.current = true;
    setSaving(true);
    while (queued.current) {
      const orderedIds = queued.current;
      queued.current = null;
      const result = await reorder.executeAsync({ projectId, orderedIds });
      if (!result || result.serverError || result.validationErrors) {
        queued.current = null;
        setLocalOrder(null);
        setError(result?.serverError?.message ?? "The new order was not saved. Please try again.");
      }
    }
    savingNow.current = false;
    setSaving(false);
  }

  return { order, save, saving, error, setError };
}
