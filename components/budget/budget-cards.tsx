import type { BudgetSummary } from "@/lib/budget/summarize-budget";
import { BudgetItemActions } from "./budget-item-actions";
import { BudgetStatusBadge } from "./budget-status-badge";
import { formatAmount } from "./format-amount";
import { VarianceText } from "./variance-text";

type Props = { projectId: string; summary: BudgetSummary; categories: string[]; canEdit: boolean };

/** The budget table's content for phones: one card per category, nothing hidden off to the side. */
export function BudgetCards({ projectId, summary, categories, canEdit }: Props) {
  return (
    <div className="grid gap-4">
      {summary.categories.map((group) => (
        <section key={group.category} aria-label={group.category} className="overflow-hidden rounded-lg border border-border bg-surface shadow-card">
          <header className="grid gap-1 bg-muted/60 px-4 py-3">
            <div className="flex items-baseline justify-between gap-3">
              <h3 className="font-semibold">{group.category}</h3>
              <VarianceText variance={group.totals.variance} pct={group.totals.variancePct} className="text-sm" />
            </div>
            <p className="text-xs text-muted-foreground tabular-nums">
              Estimated {formatAmount(group.totals.estimated)}
              {group.totals.linesWithActual > 0 ? ` · Actual ${formatAmount(group.totals.actual)}` : ""}
            </p>
          </header>
          <ul>
            {group.items.map((item) => (
              <li key={item.id} className="grid gap-2 border-t border-border px-4 py-3">
                <div className="flex items-start justify-between gap-3">
                  <p className="text-sm">{item.description}</p>
                  <BudgetStatusBadge status={item.status} />
                </div>
                <div className="flex items-end justify-between gap-3">
                  <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs tabular-nums">
                    <dt className="text-muted-foreground">Estimated</dt>
                    <dd>{formatAmount(item.estimatedAmount)}</dd>
                    <dt className="text-muted-foreground">Actual</dt>
                    <dd>{item.actualAmount === null ? "—" : formatAmount(item.actualAmount)}</dd>
                  </dl>
                  <VarianceText variance={item.variance} pct={item.variancePct} className="text-sm" />
                </div>
                {canEdit ? <BudgetItemActions projectId={projectId} currency={summary.currency} categories={categories} item={item} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="flex items-center justify-between gap-3 rounded-lg border-2 border-border bg-muted/60 px-4 py-3">
        <div className="grid gap-0.5">
          <p className="font-semibold">Total</p>
          <p className="text-xs text-muted-foreground tabular-nums">
            {summary.currency} {formatAmount(summary.totals.estimated)} estimated
            {summary.totals.linesWithActual > 0 ? ` · ${formatAmount(summary.totals.actual)} actual` : ""}
          </p>
        </div>
        <VarianceText variance={summary.totals.variance} pct={summary.totals.variancePct} className="font-semibold" />
      </div>
    </div>
  );
}
