import { Timer } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { OrgDetailsForm } from "@/components/settings/org-details-form";
import { OrgLogoCard } from "@/components/settings/org-logo-card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { orgSettingsAccess } from "@/lib/org-settings/access";
import { getOrgSettings } from "@/lib/org-settings/get-org-settings";
import { qaAccess } from "@/lib/qa/access";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const tenant = await requireFeaturePage(orgSettingsAccess.read);
  if (!hasAccess(tenant, orgSettingsAccess.read)) {
    return (
      <>
        <PageHeader title="Settings" />
        <Alert variant="warning" title="Only admins can change organisation settings">
          Your role ({tenant.role}) cannot change {tenant.org.name}&apos;s name, logo or colours. Ask an admin if something needs updating.
        </Alert>
      </>
    );
  }
  const settings = await getOrgSettings(tenant);
  return (
    <>
      <PageHeader title="Settings" description={`The name, logo and colours of ${settings.name}. Every change is recorded in the audit log.`} />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <OrgDetailsForm settings={settings} />
        <OrgLogoCard orgName={settings.name} logoUrl={settings.logoUrl} />
      </div>
      {hasAccess(tenant, qaAccess.configureSla) ? (
        <Link
          href="/settings/qa"
          className="mt-6 flex max-w-2xl items-center gap-3 rounded-lg border border-border bg-surface p-4 shadow-card hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
        >
          <Timer aria-hidden className="size-5 shrink-0 text-brand-600" />
          <span className="grid gap-0.5">
            <span className="text-sm font-semibold">Q&amp;A response times</span>
            <span className="text-sm text-muted-foreground">How long your team has to answer investors&apos; questions, by priority.</span>
          </span>
        </Link>
      ) : null}
    </>
  );
}
