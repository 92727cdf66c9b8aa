import type { TenantContext } from "@/lib/auth/tenant-context";
import { getProjectBudget } from "@/lib/budget/get-project-budget";
import { db } from "@/lib/db/client";
import { listMilestones } from "@/lib/milestones/list-milestones";
import { toProjectDto } from "@/lib/projects/to-project-dto";
import { DIMENSIONS } from "@/lib/signal-score/dimensions";
import { getListedProjectOrThrow, listedProjectScope, listingVisibility } from "./get-listed-project-or-throw";
import { getProjectFit } from "./get-project-fit";
import { listListedDocuments } from "./list-listed-documents";

export type ListedScoreDto = {
  overall: number;
  version: number;
  scoredAt: string;
  dimensions: { key: string; label: string; weightPct: number; score: number | null }[];
};

async function latestCompletedScore(projectId: string): Promise<ListedScoreDto | null> {
  const score = await db.signalScore.findFirst({ where: { projectId, status: "COMPLETED" }, orderBy: [{ version: "desc" }, { createdAt: "desc" }] });
  if (!score) return null;
  return {
    overall: score.overallScore.toNumber(),
    version: score.version,
    scoredAt: score.updatedAt.toISOString(),
    dimensions: DIMENSIONS.map((d) => ({ key: d.key, label: d.label, weightPct: Math.round(d.weight * 100), score: score[d.column]?.toNumber() ?? null })),
  };
}

/** The investor's view of a listed project: the overview and map pin always, the rest as its ally chose. */
export async function getMarketplaceProject(tenant: Pick<TenantContext, "org" | "user">, projectId: string) {
  const project = await getListedProjectOrThrow(projectId);
  const visibility = listingVisibility(project);
  const scope = listedProjectScope(project);
  const [milestones, budget, score, documents, watch, fit] = await Promise.all([
    visibility.showMilestones ? listMilestones(scope, project.id) : null,
    visibility.showBudget ? getProjectBudget(scope, project.id) : null,
    visibility.showSignalScore ? latestCompletedScore(project.id) : null,
    visibility.showDocuments ? listListedDocuments(project) : null,
    db.projectWatch.findFirst({ where: { projectId: project.id, userId: tenant.user.id, orgId: tenant.org.id }, select: { id: true } }),
    getProjectFit(tenant, project.id),
  ]);
  const dto = toProjectDto(project);
  return {
    project: { ...dto, orgId: project.orgId, orgName: project.org.name, coverImageUrl: null },
    visibility,
    milestones,
    budget,
    score,
    documents,
    watching: watch !== null,
    fit,
  };
}

export type MarketplaceProject = Awaited<ReturnType<typeof getMarketplaceProject>>;
