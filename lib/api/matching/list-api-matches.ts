import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { matchingAccess } from "@/lib/matching/access";
import { matchScope } from "@/lib/matching/inbox/match-scope";
import type { MatchStatusName } from "@/lib/matching/match-statuses";
import { assertApiFeature } from "../assert-api-feature";
import { afterCursor, decodeCursor, toKeysetPage } from "../keyset-cursor";

/**
 * The matches of the key's org, from its side (matchScope, the inbox's rule: an investor's every
 * match, a developer's its proposals and those an investor showed interest in), newest first by
 * keyset. The inbox orders by latest activity, but a match moves up whenever it changes, so a
 * cursor on it would skip or repeat rows; creation time holds still. Unread counts are a person's,
 * so they are left out.
 */
export async function listApiMatches(actor: ApiKeyActor, query: { status?: MatchStatusName; cursor?: string; limit: number }) {
  await assertApiFeature(actor, matchingAccess.readMatches);
  const scope = matchScope(actor);
  const where = { AND: [scope.where, query.status ? { status: query.status } : {}, query.cursor ? afterCursor(decodeCursor(query.cursor)) : {}] };
  const rows = await db.matchResult.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: {
      id: true,
      status: true,
      initiatedBy: true,
      overallScore: true,
      createdAt: true,
      updatedAt: true,
      project: { select: { name: true } },
      investorOrg: { select: { name: true } },
      allyOrg: { select: { name: true } },
      mandate: { select: { name: true } },
    },
  });
  const { page, nextCursor } = toKeysetPage(rows, query.limit);
  const data = page.map((match) => ({
    id: match.id,
    status: match.status,
    initiatedBy: match.initiatedBy,
    overallScore: match.overallScore,
    projectName: match.project.name,
    counterpartName: scope.side === "investor" ? match.allyOrg.name : match.investorOrg.name,
    mandateName: match.mandate?.name ?? null,
    createdAt: match.createdAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
  }));
  return { side: scope.side, data, nextCursor };
}
