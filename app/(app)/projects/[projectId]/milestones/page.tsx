import { Flag, Plus } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { MilestoneFormDialog } from "@/components/milestones/milestone-form-dialog";
import { MilestoneList } from "@/components/milestones/milestone-list";
import { MilestoneListSkeleton } from "@/components/milestones/milestone-list-skeleton";
import { MilestoneSummary } from "@/components/milestones/milestone-summary";
import { Alert } from "@/components/ui/alert";
import { SectionHeading } from "@/components/projects/overview/section-heading";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { hasAccess } from "@/lib/access/check-access";
import { milestonesAccess } from "@/lib/milestones/access";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listMilestones } from "@/lib/milestones/list-milestones";
import { ARCHIVED_PLAN_MESSAGE } from "@/lib/projects/get-editable-project-or-throw";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { projectsAccess } from "@/lib/projects/access";

export const metadata: Metadata = { title: "Milestones" };

export default async function ProjectMilestonesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const tenant = await requireFeaturePage(projectsAccess.read);
  const { projectId } = await params;
  // Checked before anything streams, so another org's project answers with a real 404.
  const project = await orNotFound(getProjectOrThrow(tenant, projectId));
  const canEdit = hasAccess(tenant, milestonesAccess.write) && project.status !== "ARCHIVED";
  const addButton = (
    <Button>
      <Plus aria-hidden /> Add milestone
    </Button>
  );

  return (
    <section aria-labelledby="milestones-heading" className="grid gap-5">
      <SectionHeading
        id="milestones-heading"
        title="Milestones"
        description="The development plan, in order. Milestones past their target date and not completed show as delayed."
        action={canEdit ? <MilestoneFormDialog projectId={project.id} trigger={addButton} /> : null}
      />
      {project.status === "ARCHIVED" ? <Alert variant="info">{ARCHIVED_PLAN_MESSAGE}</Alert> : null}
      <Suspense fallback={<MilestoneListSkeleton />}>
        <MilestonesBody tenant={tenant} projectId={project.id} canEdit={canEdit} />
      </Suspense>
    </section>
  );
}

async function MilestonesBody({ tenant, projectId, canEdit }: { tenant: TenantContext; projectId: string; canEdit: boolean }) {
  const milestones = await listMilestones(tenant, projectId);
  if (milestones.length === 0) {
    return (
      <EmptyState
        icon={Flag}
        title="No milestones yet"
        description={
          canEdit
            ? "Use Add milestone to lay out the plan investors will track: permits, offtake, financing, construction."
            : "The project team has not added milestones yet."
        }
      />
    );
  }
  return (
    <div className="grid gap-4">
      <MilestoneSummary milestones={milestones} />
      <MilestoneList projectId={projectId} milestones={milestones} canEdit={canEdit} />
    </div>
  );
}
