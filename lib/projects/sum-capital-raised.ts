import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getProjectOrThrow } from "./get-project-or-throw";

export type CapitalRaised = {
  /** Sum of invested_amount in the project currency, 4 decimals. */
  amount: string;
  currency: string;
  holdingCount: number;
  investorCount: number;
  /** Holdings recorded in another currency: not added in (no FX rates), only counted. */
  otherCurrencyHoldingCount: number;
};

/**
 * Capital drawn into one of the tenant's own projects, from investors' portfolio holdings.
 *
 * Holdings belong to the investors' orgs, so this reads across tenants, deliberately and only
 * this far: the project is first checked to be the caller's, and what comes back is an aggregate
 * (a sum and counts), never an investor's name, holding or portfolio. Null when nothing is raised.
 */
export async function sumCapitalRaisedForProject(tenant: Pick<TenantContext, "org">, projectId: string): Promise<CapitalRaised | null> {
  const project = await getProjectOrThrow(tenant, projectId);
  const currency = project.currency.trim();
  const [inCurrency, investors, otherCurrencyHoldingCount] = await Promise.all([
    db.portfolioHolding.aggregate({ where: { projectId: project.id, currency }, _sum: { investedAmount: true }, _count: { _all: true } }),
    db.portfolioHolding.groupBy({ by: ["orgId"], where: { projectId: project.id, currency } }),
    db.portfolioHolding.count({ where: { projectId: project.id, currency: { not: currency } } }),
  ]);
  const amount = inCurrency._sum.investedAmount;
  if (!amount || amount.isZero()) return null;
  return {
    amount: amount.toFixed(4),
    currency,
    holdingCount: inCurrency._count._all,
    investorCount: investors.length,
    otherCurrencyHoldingCount,
  };
}
