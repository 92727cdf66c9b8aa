import { Activity, CircleAlert, DollarSign } from "lucide-react";
import type { Metadata } from "next";
import { formatUsd } from "@/components/ai-usage/format-usd";
import { monthLabel } from "@/components/ai-usage/month-label";
import { MonthPicker } from "@/components/ai-usage/month-picker";
import { PlatformOrgTable } from "@/components/ai-usage/platform-org-table";
import { SpendByDayChart } from "@/components/ai-usage/spend-by-day-chart";
import { SpendByMonthChart } from "@/components/ai-usage/spend-by-month-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { unsafeGetPlatformAiUsage } from "@/lib/ai-usage/unsafe-get-platform-ai-usage";
import { resolveUsageMonth, selectableMonths } from "@/lib/ai-usage/usage-month";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { aiUsageAccess } from "@/lib/ai-usage/access";

export const metadata: Metadata = { title: "AI usage across organisations" };

export default async function PlatformAiUsagePage({ searchParams }: { searchParams: Promise<{ month?: string | string[] }> }) {
  await requirePageAccess(aiUsageAccess.platform);
  const now = new Date();
  const months = selectableMonths(now);
  const month = resolveUsageMonth((await searchParams).month, now);
  const usage = await unsafeGetPlatformAiUsage(month, now);
  const label = monthLabel(month);
  return (
    <>
      <PageHeader
        title="AI usage"
        description={`Spend across every organisation in ${label}, against each one's budget (its own, or its plan's default).`}
        actions={<MonthPicker basePath="/admin/ai-usage" month={month} months={months} />}
      />
      <div className="grid gap-5 [&>*]:min-w-0">
        <div className="grid gap-4 sm:grid-cols-3 [&>*]:min-w-0">
          <StatCard label={`Spend in ${label}`} value={formatUsd(usage.spentUsd)} icon={DollarSign} />
          <StatCard label="AI runs" value={usage.runs} icon={Activity} />
          <StatCard label="Failed runs" value={usage.failed} icon={CircleAlert} tone={usage.failed ? "warning" : "muted"} />
        </div>
        <Card>
          <CardHeader>
            <CardTitle>Last 12 months</CardTitle>
            <CardDescription>All organisations; {label} is the darker bar.</CardDescription>
          </CardHeader>
          <CardContent>
            <SpendByMonthChart months={usage.byMonth} selected={month} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>By day</CardTitle>
            <CardDescription>All organisations.</CardDescription>
          </CardHeader>
          <CardContent>
            <SpendByDayChart days={usage.byDay} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>By organisation</CardTitle>
          </CardHeader>
          <CardContent className="overflow-x-auto">
            <PlatformOrgTable rows={usage.orgs} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
