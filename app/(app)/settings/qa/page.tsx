import type { Metadata } from "next";
import { SlaPolicyForm } from "@/components/qa/sla-policy-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { qaAccess } from "@/lib/qa/access";
import { getSlaPolicy } from "@/lib/qa/get-sla-policy";

export const metadata: Metadata = { title: "Q&A response times" };

const BREADCRUMBS = [{ label: "Settings", href: "/settings" }, { label: "Q&A response times" }];

export default async function QaSettingsPage() {
  const tenant = await requireFeaturePage(qaAccess.configureSla);
  if (!hasAccess(tenant, qaAccess.configureSla)) {
    return (
      <>
        <PageHeader breadcrumbs={BREADCRUMBS} title="Q&A response times" />
        <Alert variant="warning" title="Only admins can change response times">
          Your role ({tenant.role}) cannot change how long {tenant.org.name} gives itself to answer investors&apos; questions. Ask an admin if they need changing.
        </Alert>
      </>
    );
  }
  const policy = await getSlaPolicy(tenant.org.id);
  return (
    <>
      <PageHeader
        breadcrumbs={BREADCRUMBS}
        title="Q&A response times"
        description="How long your team has to answer an investor's question, by its priority. A question not answered in time shows as overdue, and its assignee is told."
      />
      <SlaPolicyForm hours={policy.hours} isDefault={policy.isDefault} />
    </>
  );
}
