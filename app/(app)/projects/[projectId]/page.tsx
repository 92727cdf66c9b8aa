import { Suspense } from "react";
import { BudgetByCategoryCard } from "@/components/projects/overview/budget-by-category-card";
import { FundingProgressCard } from "@/components/projects/overview/funding-progress-card";
import { KeyFactsCard } from "@/components/projects/overview/key-facts-card";
import { MilestoneTimelineCard } from "@/components/projects/overview/milestone-timeline-card";
import { OverviewSkeleton } from "@/components/projects/overview/overview-skeleton";
import { ProjectActivityCard } from "@/components/projects/overview/project-activity-card";
import { ListingSettingsCard } from "@/components/marketplace/listing-settings-card";
import { ProjectHoldersCard } from "@/components/project-kpis/project-holders-card";
import { hasAccess } from "@/lib/access/check-access";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { getListingSettings } from "@/lib/marketplace/update-listing-settings";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { getProjectOverview } from "@/lib/projects/get-project-overview";
import { startOfUtcDay } from "@/lib/utils/dates";
import { projectsAccess } from "@/lib/projects/access";
import { listProjectHolders } from "@/lib/project-kpis/list-project-holders";

export default async function ProjectOverviewPage({ params }: { params: Promise<{ projectId: string }> }) {
  const tenant = await requireFeaturePage(projectsAccess.read);
  const { projectId } = await params;
  // Checked before anything streams, so another org's project answers with a real 404.
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  return (
    <Suspense fallback={<OverviewSkeleton />}>
      <ProjectOverview tenant={tenant} projectId={project.id} />
    </Suspense>
  );
}

async function ProjectOverview({ tenant, projectId }: { tenant: TenantContext; projectId: string }) {
  const canConfigureListing = hasAccess(tenant, marketplaceAccess.configureListing);
  const [{ project, funding, milestones, budget, activity }, listing, holders] = await Promise.all([
    getProjectOverview(tenant, projectId),
    canConfigureListing ? getListingSettings(tenant, projectId) : null,
    listProjectHolders(tenant, projectId),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="grid min-w-0 content-start gap-6 lg:col-span-2">
        <FundingProgressCard funding={funding} />
        <MilestoneTimelineCard projectId={project.id} milestones={milestones} today={startOfUtcDay().toISOString().slice(0, 10)} />
        <BudgetByCategoryCard projectId={project.id} budget={budget} />
      </div>
      <div className="grid min-w-0 content-start gap-6">
        <KeyFactsCard project={project} />
        {listing ? <ListingSettingsCard projectId={project.id} settings={listing} published={project.isPublished} /> : null}
        {holders.length ? <ProjectHoldersCard holders={holders} /> : null}
        <ProjectActivityCard projectId={project.id} entries={activity} />
      </div>
    </div>
  );
}
