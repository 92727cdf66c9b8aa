import { Calculator, Receipt, Scale, TriangleAlert } from "lucide-react";
import { StatCard } from "@/components/ui/stat-card";
import type { BudgetSummary } from "@/lib/budget/summarize-budget";
import { formatAmount, formatSignedPct, varianceTone } from "./format-amount";
import { describeVariance } from "./describe-variance";
import { VarianceText } from "./variance-text";

/** Budget totals in the project currency; variance counts only lines that have an actual amount. */
export function BudgetSummaryCards({ summary }: { summary: BudgetSummary }) {
  const { totals, currency } = summary;
  const overCategories = summary.categories.filter((c) => c.totals.variance !== null && varianceTone(c.totals.variance) === "over");
  const tone = totals.variance === null ? "muted" : { over: "danger", under: "success", even: "muted" }[varianceTone(totals.variance)];
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      <StatCard
        label="Estimated budget"
        icon={Calculator}
        value={<Money amount={totals.estimated} currency={currency} />}
        hint={`${totals.lines} ${totals.lines === 1 ? "line" : "lines"} in ${summary.categories.length} ${summary.categories.length === 1 ? "category" : "categories"}`}
      />
      <StatCard
        label="Actual to date"
        icon={Receipt}
        tone="info"
        value={<Money amount={totals.actual} currency={currency} />}
        hint={`${totals.linesWithActual} of ${totals.lines} lines have an actual amount`}
      />
      <StatCard
        label="Variance"
        icon={Scale}
        tone={tone as "danger" | "success" | "muted"}
        value={
          totals.variance === null ? (
            <span className="text-muted-foreground">—</span>
          ) : (
            <span className="flex items-baseline gap-1">
              <span className="text-sm font-medium text-muted-foreground">{currency}</span>
              <VarianceText variance={totals.variance} pct={null} />
            </span>
          )
        }
        hint={
          totals.variance === null
            ? "Actual minus estimate, once lines have actual amounts"
            : `${totals.variancePct === null ? "" : `${formatSignedPct(totals.variancePct)} `}${describeVariance({ currency, ...totals }).scope}`
        }
      />
      <StatCard
        label="Categories over budget"
        icon={TriangleAlert}
        tone={overCategories.length > 0 ? "danger" : "success"}
        value={overCategories.length}
        hint={overCategories.length > 0 ? overCategories.map((c) => c.category).join(", ") : "Every category is within its estimates"}
      />
    </div>
  );
}

function Money({ amount, currency }: { amount: string; currency: string }) {
  return (
    <span>
      <span className="mr-1 text-sm font-medium text-muted-foreground">{currency}</span>
      {formatAmount(amount)}
    </span>
  );
}
