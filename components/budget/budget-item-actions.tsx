"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteBudgetItemAction } from "@/lib/budget/actions";
import type { BudgetItemDto } from "@/lib/budget/to-budget-item-dto";
import { BudgetItemFormDialog } from "./budget-item-form-dialog";

type Props = { projectId: string; currency: string; categories: string[]; item: BudgetItemDto };

/** Edit and delete for one line; only rendered for roles that may change the budget. */
export function BudgetItemActions({ projectId, currency, categories, item }: Props) {
  const remove = useAction(deleteBudgetItemAction);
  return (
    <div className="flex justify-end gap-1">
      <BudgetItemFormDialog
        projectId={projectId}
        currency={currency}
        categories={categories}
        item={item}
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Edit “${item.description}”`} title="Edit">
            <Pencil aria-hidden />
          </Button>
        }
      />
      <ConfirmDialog
        trigger={
          <Button variant="ghost" size="icon-sm" aria-label={`Delete “${item.description}”`} title="Delete" className="text-danger hover:bg-danger-soft">
            <Trash2 aria-hidden />
          </Button>
        }
        title="Delete this budget line?"
        description={`“${item.description}” (${item.category}) will be removed from the budget and its totals. The audit log keeps a record of it.`}
        confirmLabel="Delete line"
        pendingLabel="Deleting…"
        error={remove.result.serverError?.message}
        onConfirm={async () => !(await remove.executeAsync({ projectId, budgetItemId: item.id }))?.serverError}
      />
    </div>
  );
}
