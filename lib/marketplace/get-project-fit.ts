import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { type MatchBreakdown, parseMatchBreakdown } from "@/lib/matching/engine/match-breakdown";
import type { MatchStatusName } from "@/lib/matching/match-statuses";

export type ProjectFitDto = {
  matchId: string;
  status: MatchStatusName;
  overallScore: number;
  mandateName: string | null;
  breakdown: MatchBreakdown | null;
};

/** The investor org's best match for a project (any of its mandates), or null: how the project fits them, and why. */
export async function getProjectFit(tenant: Pick<TenantContext, "org">, projectId: string): Promise<ProjectFitDto | null> {
  const match = await db.matchResult.findFirst({
    where: { investorOrgId: tenant.org.id, projectId },
    orderBy: [{ overallScore: "desc" }, { updatedAt: "desc" }],
    select: { id: true, status: true, overallScore: true, scoreBreakdown: true, mandate: { select: { name: true } } },
  });
  if (!match) return null;
  return {
    matchId: match.id,
    status: match.status,
    overallScore: match.overallScore,
    mandateName: match.mandate?.name ?? null,
    breakdown: parseMatchBreakdown(match.scoreBreakdown),
  };
}
