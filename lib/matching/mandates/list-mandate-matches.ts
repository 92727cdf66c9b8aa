import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { type MatchBreakdown, parseMatchBreakdown } from "@/lib/matching/engine/match-breakdown";
import type { MatchStatusName } from "@/lib/matching/match-statuses";
import { getMandateOrThrow } from "./get-mandate-or-throw";
import { listMatchFeedback, type MatchFeedback } from "./match-feedback";
import { MANDATE_MATCHES_PAGE_SIZE, MATCHING_SETTLE_MS } from "./mandate-options";
import { type MandateDto, toMandateDto } from "./to-mandate-dto";

export type MandateMatchRow = {
  id: string;
  status: MatchStatusName;
  overallScore: number;
  initiatedBy: string;
  updatedAt: string;
  project: { id: string; name: string; country: string; projectType: string; isPublished: boolean };
  /** null for rows the engine has not (re)written in its version-1 shape. */
  breakdown: MatchBreakdown | null;
  feedback: MatchFeedback;
};

export type MandateMatchesPage = {
  mandate: MandateDto;
  rows: MandateMatchRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Changed under a minute ago and no matches yet: the rescoring job has probably not run. */
  updating: boolean;
};

/**
 * A page of one mandate's matches, best first, with their breakdowns and the org's feedback. Only
 * the tenant's own mandate (404 otherwise), and only rows where the tenant is the investor.
 */
export async function listMandateMatches(
  tenant: Pick<TenantContext, "org" | "user">,
  mandateId: string,
  { page = 1, now = new Date() }: { page?: number; now?: Date } = {},
): Promise<MandateMatchesPage> {
  const mandate = await getMandateOrThrow(tenant, mandateId);
  const where = { mandateId: mandate.id, investorOrgId: tenant.org.id };
  const total = await db.matchResult.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MANDATE_MATCHES_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const matches = await db.matchResult.findMany({
    where,
    orderBy: [{ overallScore: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * MANDATE_MATCHES_PAGE_SIZE,
    take: MANDATE_MATCHES_PAGE_SIZE,
    include: { project: { select: { id: true, name: true, geographyCountry: true, projectType: true, isPublished: true } } },
  });
  const feedback = await listMatchFeedback(
    tenant,
    matches.map((match) => match.id),
  );
  const rows = matches.map((match) => ({
    id: match.id,
    status: match.status,
    overallScore: match.overallScore,
    initiatedBy: match.initiatedBy,
    updatedAt: match.updatedAt.toISOString(),
    project: {
      id: match.project.id,
      name: match.project.name,
      country: match.project.geographyCountry.trim(),
      projectType: match.project.projectType,
      isPublished: match.project.isPublished,
    },
    breakdown: parseMatchBreakdown(match.scoreBreakdown),
    feedback: feedback.get(match.id)!,
  }));
  const updating = mandate.isActive && total === 0 && now.getTime() - mandate.updatedAt.getTime() < MATCHING_SETTLE_MS;
  return { mandate: toMandateDto(mandate), rows, total, page: current, pageCount, updating };
}
