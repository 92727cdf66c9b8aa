"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { BudgetCategory } from "@/lib/budget/summarize-budget";
import { budgetChartHeight } from "./chart-heights";

type Props = { categories: BudgetCategory[]; currency: string };

const Chart = dynamic(() => import("./budget-by-category-recharts").then((chart) => chart.BudgetByCategoryChart), {
  ssr: false,
  loading: () => <Skeleton className="size-full" />,
});

/** The chart's code (recharts, ~120 KB gzip) loads after the page; a placeholder of its height holds its place. */
export function BudgetByCategoryChart(props: Props) {
  return (
    <div style={{ minHeight: budgetChartHeight(props.categories.length) }} className="grid">
      <Chart {...props} />
    </div>
  );
}
