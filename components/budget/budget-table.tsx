import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { BudgetCategory, BudgetSummary } from "@/lib/budget/summarize-budget";
import type { BudgetTotals } from "@/lib/budget/budget-variance";
import { BudgetItemActions } from "./budget-item-actions";
import { BudgetStatusBadge } from "./budget-status-badge";
import { formatAmount } from "./format-amount";
import { VarianceText } from "./variance-text";

type Props = { projectId: string; summary: BudgetSummary; categories: string[]; canEdit: boolean };

/** Lines grouped by category, each group with its subtotal, and the overall total at the foot. */
export function BudgetTable({ projectId, summary, categories, canEdit }: Props) {
  const columns = canEdit ? 6 : 5;
  return (
    <div className="overflow-hidden rounded-lg border border-border bg-surface shadow-card">
      <Table aria-label={`Budget lines in ${summary.currency}, by category`}>
        <THead>
          <TR className="hover:bg-transparent">
            <TH>Line item</TH>
            <TH>Status</TH>
            <TH className="text-right">Estimated</TH>
            <TH className="text-right">Actual</TH>
            <TH className="text-right">Variance</TH>
            {canEdit ? (
              <TH>
                <span className="sr-only">Actions</span>
              </TH>
            ) : null}
          </TR>
        </THead>
        {summary.categories.map((group) => (
          <CategoryGroup key={group.category} projectId={projectId} group={group} currency={summary.currency} categories={categories} canEdit={canEdit} />
        ))}
        <tfoot className="border-t-2 border-border bg-muted/60">
          <TotalsRow label="Total" totals={summary.totals} columns={columns} className="text-base" />
        </tfoot>
      </Table>
    </div>
  );
}

function CategoryGroup({
  projectId,
  group,
  currency,
  categories,
  canEdit,
}: {
  projectId: string;
  group: BudgetCategory;
  currency: string;
  categories: string[];
  canEdit: boolean;
}) {
  return (
    <TBody data-testid="budget-category" data-category={group.category}>
      <TotalsRow label={group.category} totals={group.totals} columns={canEdit ? 6 : 5} className="bg-muted/40" scope="rowgroup" />
      {group.items.map((item) => (
        <TR key={item.id}>
          <TD className="max-w-md pl-6">
            <span className="line-clamp-2">{item.description}</span>
          </TD>
          <TD>
            <BudgetStatusBadge status={item.status} />
          </TD>
          <TD className="text-right tabular-nums">{formatAmount(item.estimatedAmount)}</TD>
          <TD className="text-right tabular-nums">{item.actualAmount === null ? <span className="text-muted-foreground">—</span> : formatAmount(item.actualAmount)}</TD>
          <TD className="text-right">
            <VarianceText variance={item.variance} pct={item.variancePct} />
          </TD>
          {canEdit ? (
            <TD className="w-0">
              <BudgetItemActions projectId={projectId} currency={currency} categories={categories} item={item} />
            </TD>
          ) : null}
        </TR>
      ))}
    </TBody>
  );
}

function TotalsRow({
  label,
  totals,
  columns,
  className,
  scope = "row",
}: {
  label: string;
  totals: BudgetTotals;
  columns: number;
  className?: string;
  scope?: "row" | "rowgroup";
}) {
  return (
    <TR className={className}>
      <TH scope={scope} colSpan={2} className="text-sm font-semibold tracking-normal text-foreground normal-case">
        {label}
        <span className="ml-2 text-xs font-normal text-muted-foreground">
          {totals.lines} {totals.lines === 1 ? "line" : "lines"}
        </span>
      </TH>
      <TD className="text-right font-semibold tabular-nums">{formatAmount(totals.estimated)}</TD>
      <TD className="text-right font-semibold tabular-nums">
        {totals.linesWithActual === 0 ? <span className="text-muted-foreground">—</span> : formatAmount(totals.actual)}
      </TD>
      <TD className="text-right">
        <VarianceText variance={totals.variance} pct={totals.variancePct} className="font-semibold" />
      </TD>
      {columns === 6 ? <TD /> : null}
    </TR>
  );
}
