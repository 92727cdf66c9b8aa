import { Wallet } from "lucide-react";
import Link from "next/link";
import { formatAmount } from "@/components/budget/format-amount";
import { VarianceSummary } from "@/components/budget/variance-summary";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { BudgetSummary } from "@/lib/budget/summarize-budget";
import { BudgetByCategoryChart } from "./budget-by-category-chart";
import { ChartLegend } from "./chart-legend";

/** `readOnly` is the investor's view of a listed project: no link into the team's workspace. */
export function BudgetByCategoryCard({ projectId, budget, readOnly = false }: { projectId: string; budget: BudgetSummary; readOnly?: boolean }) {
  const { totals, currency } = budget;
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Budget by category</CardTitle>
          <CardDescription>Estimated against actual, in {currency}.</CardDescription>
        </div>
        {readOnly ? null : (
          <Link href={`/projects/${projectId}/budget`} className="shrink-0 text-sm font-medium text-primary hover:underline">
            Full budget
          </Link>
        )}
      </CardHeader>
      <CardContent className="grid gap-4">
        {budget.categories.length === 0 ? (
          <EmptyState
            size="sm"
            icon={Wallet}
            title="No budget lines yet"
            description={readOnly ? "The developer has not shared budget lines yet." : "Add them on the Budget tab to see the split here."}
          />
        ) : (
          <>
            <div className="grid gap-2 rounded-md bg-muted/60 px-3 py-2.5">
              <dl className="grid grid-cols-2 gap-3 text-sm">
                <div className="grid gap-0.5">
                  <dt className="text-xs text-muted-foreground">Estimated</dt>
                  <dd className="font-semibold tabular-nums">{formatAmount(totals.estimated)}</dd>
                </div>
                <div className="grid gap-0.5">
                  <dt className="text-xs text-muted-foreground">Actual to date</dt>
                  <dd className="font-semibold tabular-nums">{totals.linesWithActual > 0 ? formatAmount(totals.actual) : "—"}</dd>
                </div>
              </dl>
              <VarianceSummary scope={{ currency, ...totals }} />
            </div>
            <BudgetByCategoryChart categories={budget.categories} currency={currency} />
            <ChartLegend
              items={[
                { label: "Estimated", swatch: <span className="size-3 rounded-sm bg-brand-200" /> },
                { label: "Actual", swatch: <span className="size-3 rounded-sm bg-brand-600" /> },
                { label: "Actual over estimate", swatch: <span className="size-3 rounded-sm bg-danger" /> },
              ]}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}
