import { Activity, CircleAlert, Cpu } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StatCard } from "@/components/ui/stat-card";
import type { OrgAiUsage } from "@/lib/ai-usage/get-org-ai-usage";
import { AgentUsageTable } from "./agent-usage-table";
import { BudgetMeter } from "./budget-meter";
import { monthLabel } from "./month-label";
import { SpendByDayChart } from "./spend-by-day-chart";
import { SpendByMonthChart } from "./spend-by-month-chart";

/** One month's usage (`month`, "2026-11"), the current month's being the one the budget guards. */
export function OrgUsageView({ usage, month, current }: { usage: OrgAiUsage; month: string; current: boolean }) {
  const label = monthLabel(month);
  return (
    <div className="grid gap-5 [&>*]:min-w-0">
      <Card>
        <CardHeader>
          <CardTitle>Spend in {label}</CardTitle>
          <CardDescription>
            {usage.budgetIsCustom ? "Your organisation's monthly AI budget" : "Your plan's default monthly AI budget"}
            {current ? ". Runs that would pass it are refused before they start." : ", as it is today."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <BudgetMeter spentUsd={usage.spentUsd} budgetUsd={usage.budgetUsd} usedPct={usage.usedPct} />
        </CardContent>
      </Card>
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label="AI runs" value={usage.runs} icon={Activity} hint={label} />
        <StatCard label="Failed runs" value={usage.failed} icon={CircleAlert} tone={usage.failed ? "warning" : "muted"} hint="Refused, malformed or unavailable" />
        <StatCard label="Computed offline" value={usage.offlineRuns} icon={Cpu} tone="muted" hint="Rules-based, at no cost" />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Last 12 months</CardTitle>
          <CardDescription>Spend per month; {label} is the darker bar.</CardDescription>
        </CardHeader>
        <CardContent>
          <SpendByMonthChart months={usage.byMonth} selected={month} />
        </CardContent>
      </Card>
      <div className="grid gap-5 lg:grid-cols-2 [&>*]:min-w-0">
        <Card>
          <CardHeader>
            <CardTitle>By day</CardTitle>
          </CardHeader>
          <CardContent>
            <SpendByDayChart days={usage.byDay} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>By agent</CardTitle>
          </CardHeader>
          <CardContent>
            <AgentUsageTable rows={usage.byAgent} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
