import type { TenantContext } from "@/lib/auth/tenant-context";
import { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { ALLY_VISIBLE_STATUSES, type MatchSide } from "./match-transitions";

export type MatchScope = { side: MatchSide; orgId: string; where: Prisma.MatchResultWhereInput };

/**
 * The matches an org may see, from its type: an investor sees every match of its own; an ally sees
 * its proposals and the matches an investor has shown interest in (match-transitions.ts says why
 * this rule needs nothing but the row). Any other org has no matches: 404.
 */
export function matchScope(tenant: { org: Pick<TenantContext["org"], "id" | "type"> }): MatchScope {
  const orgId = tenant.org.id;
  if (tenant.org.type === "INVESTOR") return { side: "investor", orgId, where: { investorOrgId: orgId } };
  if (tenant.org.type === "ALLY") {
    return { side: "ally", orgId, where: { allyOrgId: orgId, OR: [{ initiatedBy: "ALLY" }, { status: { in: [...ALLY_VISIBLE_STATUSES] } }] } };
  }
  throw notFound("Match");
}

/** The same rule in SQL, for the unread counts (`mr` is match_results). */
export function matchScopeSql(scope: MatchScope): Prisma.Sql {
  if (scope.side === "investor") return Prisma.sql`mr.investor_org_id = ${scope.orgId}::uuid`;
  const visible = Prisma.join(ALLY_VISIBLE_STATUSES.map((status) => Prisma.sql`${status}::match_status`));
  return Prisma.sql`mr.ally_org_id = ${scope.orgId}::uuid AND (mr.initiated_by = 'ALLY'::match_initiator OR mr.status IN (${visible}))`;
}
