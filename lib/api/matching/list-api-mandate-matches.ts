import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { matchingAccess } from "@/lib/matching/access";
import { parseMatchBreakdown } from "@/lib/matching/engine/match-breakdown";
import { getMandateOrThrow } from "@/lib/matching/mandates/get-mandate-or-throw";
import { assertApiFeature } from "../assert-api-feature";
import { afterCursor, decodeCursor, toKeysetPage } from "../keyset-cursor";

/**
 * One mandate's matches with their per-dimension breakdowns, as the mandate page shows them: the
 * org's own mandate only (getMandateOrThrow, another org's is a 404), rows where the org is the
 * investor. Newest first by keyset rather than the page's best-first order, which a rescore
 * reshuffles under a cursor. The thumbs and comments are people's and stay in the app.
 */
export async function listApiMandateMatches(actor: ApiKeyActor, mandateId: string, query: { cursor?: string; limit: number }) {
  await assertApiFeature(actor, matchingAccess.readMandates);
  const mandate = await getMandateOrThrow(actor, mandateId);
  const where = { mandateId: mandate.id, investorOrgId: actor.org.id };
  const rows = await db.matchResult.findMany({
    where: query.cursor ? { AND: [where, afterCursor(decodeCursor(query.cursor))] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: { project: { select: { id: true, name: true, geographyCountry: true, projectType: true } } },
  });
  const { page, nextCursor } = toKeysetPage(rows, query.limit);
  const data = page.map((match) => ({
    id: match.id,
    status: match.status,
    initiatedBy: match.initiatedBy,
    overallScore: match.overallScore,
    project: { id: match.project.id, name: match.project.name, country: match.project.geographyCountry.trim(), projectType: match.project.projectType },
    breakdown: parseMatchBreakdown(match.scoreBreakdown),
    createdAt: match.createdAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
  }));
  return { data, nextCursor };
}
