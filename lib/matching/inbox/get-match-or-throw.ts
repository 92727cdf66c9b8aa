import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { matchScope, type MatchScope } from "./match-scope";

export const MATCH_INCLUDE = {
  project: {
    select: { id: true, name: true, geographyCountry: true, geographyRegion: true, projectType: true, stage: true, totalInvestmentRequired: true, currency: true },
  },
  investorOrg: { select: { name: true } },
  allyOrg: { select: { name: true } },
  mandate: { select: { id: true, name: true } },
} as const;

/**
 * A match the tenant's org is a side of and may see (match-scope.ts): anything else, another org's
 * match or an investor's private suggestion asked for by the ally, is the same 404 as a missing id.
 */
export async function getMatchOrThrow(tenant: Pick<TenantContext, "org">, matchId: string) {
  const scope = matchScope(tenant);
  const match = looksLikeUuid(matchId) ? await db.matchResult.findFirst({ where: { ...scope.where, id: matchId }, include: MATCH_INCLUDE }) : null;
  if (!match) throw notFound("Match");
  return { match, scope };
}

export type LoadedMatch = Awaited<ReturnType<typeof getMatchOrThrow>>["match"];
export type { MatchScope };
