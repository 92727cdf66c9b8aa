import { Alert } from "@/components/ui/alert";
import type { BudgetSummary } from "@/lib/budget/summarize-budget";
import { BudgetItemActions } from "./budget-item-actions";
import { formatAmount } from "./format-amount";

type Props = { projectId: string; summary: BudgetSummary; categories: string[]; canEdit: boolean };

/**
 * Lines left in another currency (the project currency changed after they were written) are kept
 * out of the totals, which would otherwise add two currencies. Saving a line moves it into the
 * project currency, so the fix is to edit its amounts.
 */
export function ForeignCurrencyLines({ projectId, summary, categories, canEdit }: Props) {
  if (summary.foreignItems.length === 0) return null;
  return (
    <Alert
      variant="warning"
      title={`${summary.foreignItems.length} ${summary.foreignItems.length === 1 ? "line is" : "lines are"} not in ${summary.currency} and ${summary.foreignItems.length === 1 ? "is" : "are"} left out of the totals`}
    >
      <p>{canEdit ? `Edit each line to restate its amounts in ${summary.currency}.` : `Ask an analyst to restate them in ${summary.currency}.`}</p>
      <ul className="mt-2 grid gap-1">
        {summary.foreignItems.map((item) => (
          <li key={item.id} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {item.category}: {item.description} · {item.currency} {formatAmount(item.estimatedAmount)}
            </span>
            {canEdit ? <BudgetItemActions projectId={projectId} currency={summary.currency} categories={categories} item={item} /> : null}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
