import { Wallet } from "lucide-react";
import Link from "next/link";
import { varianceTone } from "@/components/budget/format-amount";
import { VarianceSummary } from "@/components/budget/variance-summary";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatMoneyExact } from "@/lib/utils/format-money";
import type { BudgetHealth, BudgetHealthRow } from "@/lib/dashboard/list-budget-health";

/** Per project: spend against estimate, over-budget projects first. */
export function BudgetHealthCard({ health }: { health: BudgetHealth }) {
  const more = health.projectCount - health.rows.length;
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Budget health</CardTitle>
          <CardDescription>Actual spend against estimates, on lines with an actual amount.</CardDescription>
        </div>
        <Badge variant={health.overBudgetCount > 0 ? "danger" : "success"}>
          {health.overBudgetCount > 0 ? `${health.overBudgetCount} over budget` : "All within budget"}
        </Badge>
      </CardHeader>
      <CardContent className="flex-1">
        {health.rows.length === 0 ? (
          <EmptyState size="sm" icon={Wallet} title="No budgets yet" description="Add budget lines to a project to track its spend here." className="h-full" />
        ) : (
          <ul className="-mx-2 grid">
            {health.rows.map((row) => (
              <BudgetHealthItem key={row.projectId} row={row} />
            ))}
          </ul>
        )}
        {more > 0 ? (
          <p className="mt-2 text-xs text-muted-foreground">
            and {more} more {more === 1 ? "project" : "projects"} with a budget
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

function BudgetHealthItem({ row }: { row: BudgetHealthRow }) {
  const tone = row.variance === null ? null : varianceTone(row.variance);
  // The figures are in the sentence beside it; the badge only says which way it went.
  const badge =
    tone === null ? (
      <Badge variant="muted">No actuals yet</Badge>
    ) : (
      <Badge variant={tone === "over" ? "danger" : tone === "under" ? "success" : "muted"}>
        {tone === "over" ? "Over budget" : tone === "under" ? "Under budget" : "On budget"}
      </Badge>
    );
  return (
    <li>
      <Link
        href={`/projects/${row.projectId}/budget`}
        className="flex items-center justify-between gap-3 rounded-md px-2 py-2.5 transition-colors hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
      >
        <span className="grid min-w-0 gap-0.5">
          <span className="truncate text-sm font-medium text-foreground">{row.projectName}</span>
          <span title={`${formatMoneyExact(row.actual, row.currency)} actual of ${formatMoneyExact(row.estimated, row.currency)} estimated in all`}>
            <VarianceSummary scope={row} className="text-xs" />
          </span>
        </span>
        {badge}
      </Link>
    </li>
  );
}
