import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { dayOf } from "@/lib/portfolios/today-iso";

/**
 * The investors holding one of this developer's projects that chose to say so; holdings not shared
 * stay invisible. Only the investor's name and since when: the investor's books are its own.
 */
export async function listProjectHolders(scope: Pick<TenantContext, "org">, projectId: string): Promise<{ investorName: string; since: string }[]> {
  const shares = await db.portfolioHoldingShare.findMany({
    where: { projectId, project: { orgId: scope.org.id }, holding: { status: "ACTIVE" } },
    select: { org: { select: { name: true } }, holding: { select: { investmentDate: true } } },
    orderBy: { createdAt: "asc" },
  });
  return shares.map((s) => ({ investorName: s.org.name, since: dayOf(s.holding.investmentDate) }));
}
