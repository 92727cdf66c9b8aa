import { BudgetByCategoryCard } from "@/components/projects/overview/budget-by-category-card";
import { KeyFactsCard } from "@/components/projects/overview/key-facts-card";
import { MilestoneTimelineCard } from "@/components/projects/overview/milestone-timeline-card";
import { ListedDocumentsCard } from "@/components/marketplace/project/listed-documents-card";
import { ListedProjectActions } from "@/components/marketplace/project/listed-project-actions";
import { ListedProjectLocation } from "@/components/marketplace/project/listed-project-location";
import { ListedScoreCard } from "@/components/marketplace/project/listed-score-card";
import { ProjectFitCard } from "@/components/marketplace/project/project-fit-card";
import { PipelineProjectAction } from "@/components/pipeline/pipeline-project-action";
import { AskQuestionButton } from "@/components/qa/ask-question-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireFeaturePage } from "@/lib/access/require-page-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { marketplaceAccess } from "@/lib/marketplace/access";
import { getMarketplaceProject } from "@/lib/marketplace/get-marketplace-project";
import { startOfUtcDay } from "@/lib/utils/dates";

type PageProps = { params: Promise<{ projectId: string }> };

/** A listed project as investors see it: the overview and map pin always, the rest as its developer chose. */
export default async function MarketplaceProjectPage({ params }: PageProps) {
  const tenant = await requireFeaturePage(marketplaceAccess.browse);
  const { projectId } = await params;
  const view = await orNotFound(getMarketplaceProject(tenant, projectId));
  const { project } = view;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Marketplace", href: "/marketplace" }, { label: project.name }]}
        title={project.name}
        description={`By ${project.orgName} · ${project.geographyRegion}`}
        actions={
          <>
            <AskQuestionButton tenant={tenant} project={{ id: project.id, orgId: project.orgId, developerName: project.orgName }} documents={view.documents} />
            <PipelineProjectAction tenant={tenant} projectId={project.id} projectName={project.name} />
            <ListedProjectActions tenant={tenant} projectId={project.id} watching={view.watching} fit={view.fit} />
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="grid min-w-0 content-start gap-6 lg:col-span-2">
          <ProjectFitCard fit={view.fit} />
          <Card>
            <CardHeader>
              <CardTitle>Overview</CardTitle>
            </CardHeader>
            <CardContent>
              <p className="whitespace-pre-line text-sm leading-relaxed">{project.description}</p>
            </CardContent>
          </Card>
          {view.milestones ? (
            <MilestoneTimelineCard projectId={project.id} milestones={view.milestones} today={startOfUtcDay().toISOString().slice(0, 10)} readOnly />
          ) : null}
          {view.budget ? <BudgetByCategoryCard projectId={project.id} budget={view.budget} readOnly /> : null}
          {view.documents ? <ListedDocumentsCard projectId={project.id} documents={view.documents} /> : null}
        </div>
        <div className="grid min-w-0 content-start gap-6">
          <KeyFactsCard project={project} />
          <ListedProjectLocation project={project} />
          {view.visibility.showSignalScore ? <ListedScoreCard score={view.score} /> : null}
        </div>
      </div>
    </>
  );
}
