import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type EligibleInvestorDto = { id: string; name: string; connectedOnProject: boolean };

/**
 * The investor orgs an ally may bring into a room: those with a CONNECTED match on one of its
 * projects (on this project, or on another: an investor the ally already knows). A merely
 * suggested or declined match is not an introduction, and any other investor is unknown here.
 */
export async function listEligibleInvestors(actor: Pick<Actor, "org">, projectId: string, client: Tx | typeof db = db): Promise<EligibleInvestorDto[]> {
  const matches = await client.matchResult.findMany({
    where: { allyOrgId: actor.org.id, status: "CONNECTED", investorOrg: { type: "INVESTOR" } },
    select: { projectId: true, investorOrg: { select: { id: true, name: true } } },
  });
  const byOrg = new Map<string, EligibleInvestorDto>();
  for (const match of matches) {
    const known = byOrg.get(match.investorOrg.id) ?? { ...match.investorOrg, connectedOnProject: false };
    byOrg.set(match.investorOrg.id, { ...known, connectedOnProject: known.connectedOnProject || match.projectId === projectId });
  }
  return [...byOrg.values()].sort((a, b) => Number(b.connectedOnProject) - Number(a.connectedOnProject) || a.name.localeCompare(b.name));
}

export async function getEligibleInvestorOrThrow(tx: Tx, actor: Pick<Actor, "org">, projectId: string, orgId: string): Promise<EligibleInvestorDto> {
  const investor = (await listEligibleInvestors(actor, projectId, tx)).find((candidate) => candidate.id === orgId);
  if (!investor) throw notFound("Investor");
  return investor;
}
