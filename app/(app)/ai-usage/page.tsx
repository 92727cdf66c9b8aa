import type { Metadata } from "next";
import { MonthPicker } from "@/components/ai-usage/month-picker";
import { OrgUsageView } from "@/components/ai-usage/org-usage-view";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAiUsage } from "@/lib/ai-usage/get-org-ai-usage";
import { resolveUsageMonth, selectableMonths } from "@/lib/ai-usage/usage-month";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { aiUsageAccess } from "@/lib/ai-usage/access";

export const metadata: Metadata = { title: "AI usage" };

export default async function AiUsagePage({ searchParams }: { searchParams: Promise<{ month?: string | string[] }> }) {
  const tenant = await requirePageAccess(aiUsageAccess.org);
  const now = new Date();
  const months = selectableMonths(now);
  const month = resolveUsageMonth((await searchParams).month, now);
  const usage = await getOrgAiUsage(tenant, month, now);
  return (
    <>
      <PageHeader
        title="AI usage"
        description="What your organisation's AI runs cost each month, against its budget. Costs are computed per run from token counts and the model's price."
        actions={<MonthPicker basePath="/ai-usage" month={month} months={months} />}
      />
      <OrgUsageView usage={usage} month={month} current={month === months[0]} />
    </>
  );
}
