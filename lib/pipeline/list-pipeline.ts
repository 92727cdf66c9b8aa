import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { countryName } from "@/lib/matching/engine/describe-words";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { formatMoney } from "@/lib/utils/format-money";
import type { PipelineStage } from "./pipeline-stages";

/** A deal card: plain values for the board and the table. */
export type PipelineDealDto = {
  id: string;
  stage: PipelineStage;
  projectId: string;
  projectName: string;
  allyOrgName: string;
  typeLabel: string;
  countryName: string;
  /** The raise, compact in the project's currency ("USD 38.5m"). */
  raise: string;
  matchScore: number | null;
  openQuestions: number;
  enteredStageAt: string;
  lastReason: string;
  updatedAt: string;
};

/**
 * The org's pipeline, most recently moved first. Days in stage and the last reason come from the
 * latest transition; open questions are the org's own unanswered Q&A on the project.
 */
export async function listPipeline(scope: Pick<TenantContext, "org">): Promise<PipelineDealDto[]> {
  const entries = await db.dealPipelineEntry.findMany({
    where: { orgId: scope.org.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    include: {
      project: { select: { name: true, projectType: true, geographyCountry: true, currency: true, totalInvestmentRequired: true, org: { select: { name: true } } } },
      match: { select: { overallScore: true } },
      transitions: { orderBy: { movedAt: "desc" }, take: 1, select: { movedAt: true, reason: true } },
    },
  });
  const open = await db.qaQuestion.groupBy({
    by: ["projectId"],
    where: { orgId: scope.org.id, projectId: { in: entries.map((e) => e.projectId) }, status: { in: ["open", "in_progress"] } },
    _count: { _all: true },
  });
  const openByProject = new Map(open.map((row) => [row.projectId, row._count._all]));
  return entries.map((entry) => ({
    id: entry.id,
    stage: entry.stage as PipelineStage,
    projectId: entry.projectId,
    projectName: entry.project.name,
    allyOrgName: entry.project.org.name,
    typeLabel: projectTypeLabel(entry.project.projectType),
    countryName: countryName(entry.project.geographyCountry),
    raise: formatMoney(entry.project.totalInvestmentRequired.toFixed(0), entry.project.currency, { compact: true }),
    matchScore: entry.match?.overallScore ?? null,
    openQuestions: openByProject.get(entry.projectId) ?? 0,
    enteredStageAt: (entry.transitions[0]?.movedAt ?? entry.createdAt).toISOString(),
    lastReason: entry.transitions[0]?.reason ?? "",
    updatedAt: entry.updatedAt.toISOString(),
  }));
}
