import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrgUsageView } from "@/components/ai-usage/org-usage-view";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAiUsage } from "@/lib/ai-usage/get-org-ai-usage";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { hasPermission } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "AI usage" };

export default async function AiUsagePage() {
  const tenant = await requireTenantPage();
  if (!hasPermission(tenant.role, "ai.usage.read")) notFound();
  const usage = await getOrgAiUsage(tenant);
  return (
    <>
      <PageHeader title="AI usage" description="What your organisation's AI runs cost this month, against its budget. Costs are computed per run from token counts and the model's price." />
      <OrgUsageView usage={usage} />
    </>
  );
}
