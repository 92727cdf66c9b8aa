import { ScrollText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrgFeatureFlagsTable } from "@/components/admin/org-feature-flags-table";
import { OrgAiBudgetForm, OrgStatusForm, OrgTierForm } from "@/components/admin/org-plan-forms";
import { OrgStatusBadge } from "@/components/admin/org-status-badge";
import { OrgSuspensionControls } from "@/components/admin/org-suspension-controls";
import { formatUsd } from "@/components/ai-usage/format-usd";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requirePageAccess } from "@/lib/access/require-page-access";
import { TIERS } from "@/lib/access/tiers";
import { adminAccess } from "@/lib/admin/access";
import { ORG_TYPE_NAME, STATUS_LABEL } from "@/lib/admin/status-labels";
import { unsafeGetOrganisation } from "@/lib/admin/unsafe-get-organisation";
import { formatInstant } from "@/lib/audit/format-audit-value";
import { formatBytes } from "@/lib/dataroom/upload-limits";
import { orNotFound } from "@/lib/errors/or-not-found";
import { parseUuid } from "@/lib/utils/parse-uuid";

export const metadata: Metadata = { title: "Organisation" };

type Props = { params: Promise<{ orgId: string }> };

export default async function OrganisationPage({ params }: Props) {
  await requirePageAccess(adminAccess.console);
  const orgId = parseUuid((await params).orgId);
  if (!orgId) notFound();
  const org = await orNotFound(unsafeGetOrganisation(orgId));
  const facts = { id: org.id, name: org.name, tier: org.tier, status: org.status, trialEndsAt: org.trialEndsAt };
  const restoresTo = org.suspension && org.suspension.previousStatus !== "cancelled" ? org.suspension.previousStatus : "active";

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Console", href: "/admin" }, { label: "Organisations", href: "/admin/organisations" }, { label: org.name }]}
        title={org.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant="outline">{ORG_TYPE_NAME[org.type]}</Badge>
            <span>{TIERS[org.tier].label} plan</span>
            <OrgStatusBadge status={org.status} />
            {org.status === "trial" && org.trialEndsAt ? <span>trial until {org.trialEndsAt}</span> : null}
            <span className="text-muted-foreground">
              {org.slug} · since {formatInstant(org.createdAt)}
            </span>
          </span>
        }
        actions={
          <Button variant="outline" asChild>
            <Link href={`/admin/audit?org=${org.id}`}>
              <ScrollText aria-hidden /> Audit log
            </Link>
          </Button>
        }
      />
      <div className="grid gap-6 [&>*]:min-w-0">
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4 [&>*]:min-w-0">
          <StatCard label="Active users" value={org.activeUsers} hint={`${org.totalUsers} in all; the plan has ${TIERS[org.tier].seats} seats.`} tone="muted" />
          <StatCard
            label="AI spend this month"
            value={formatUsd(org.aiSpendUsd)}
            hint={`of ${formatUsd(org.aiBudgetUsd)} (${org.aiBudgetCustomUsd ? "its own budget" : "the plan's default"})`}
            tone="muted"
          />
          <StatCard
            label="Storage used"
            value={formatBytes(org.storageBytes)}
            hint={`of ${formatBytes(org.storageQuotaBytes)} on the ${TIERS[org.tier].label} plan`}
            tone="muted"
          />
          <StatCard label="Last activity" value={org.lastActivityAt ? formatInstant(org.lastActivityAt) : "Never"} hint="Its latest audit log entry" tone="muted" />
        </div>
        <div className="grid gap-4 lg:grid-cols-3 [&>*]:min-w-0">
          <Card>
            <CardHeader>
              <CardTitle>Plan</CardTitle>
              <CardDescription>Limits, the default AI budget and which features are included.</CardDescription>
            </CardHeader>
            <CardContent>
              <OrgTierForm org={facts} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Subscription status</CardTitle>
              <CardDescription>Now {STATUS_LABEL[org.status].toLowerCase()}.</CardDescription>
            </CardHeader>
            <CardContent>
              <OrgStatusForm org={facts} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>AI budget</CardTitle>
              <CardDescription>USD a month for AI runs.</CardDescription>
            </CardHeader>
            <CardContent>
              <OrgAiBudgetForm org={facts} customUsd={org.aiBudgetCustomUsd} defaultUsd={org.tierDefaultBudgetUsd} />
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>Feature flags</CardTitle>
            <CardDescription>
              Each feature in the catalogue: on or off for this organisation, or its default. A feature above the plan stays off whatever is stored. Members see a change
              from their next click.
            </CardDescription>
          </CardHeader>
          <CardContent className="overflow-x-auto">
            <OrgFeatureFlagsTable orgId={org.id} flags={org.flags} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{org.status === "suspended" ? "Suspended" : "Suspend"}</CardTitle>
            <CardDescription>
              {org.suspension
                ? `Suspended ${formatInstant(org.suspension.at)}: ${org.suspension.reason}`
                : "Close the workspace: members can open nothing until it is reinstated. Nothing is deleted."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <OrgSuspensionControls org={{ id: org.id, name: org.name, type: org.type, status: org.status }} restoresTo={restoresTo} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
