import { TIERS } from "@/lib/access/tiers";
import { db } from "@/lib/db/client";
import { Prisma, type SubscriptionTier } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";

/** USD a month when the org has no ai_monthly_budget of its own. */
export const TIER_DEFAULT_BUDGET_USD = Object.fromEntries(Object.entries(TIERS).map(([tier, limits]) => [tier, limits.defaultAiBudgetUsd])) as Record<
  SubscriptionTier,
  string
>;

export function startOfUtcMonth(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export async function getMonthlyBudget(orgId: string): Promise<Prisma.Decimal> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { aiMonthlyBudget: true, subscriptionTier: true } });
  return org.aiMonthlyBudget ?? new Prisma.Decimal(TIER_DEFAULT_BUDGET_USD[org.subscriptionTier]);
}

export async function getMonthToDateSpend(orgId: string, now = new Date()): Promise<Prisma.Decimal> {
  const { _sum } = await db.aiTaskLog.aggregate({ where: { orgId, createdAt: { gte: startOfUtcMonth(now) } }, _sum: { costUsd: true } });
  return _sum.costUsd ?? new Prisma.Decimal(0);
}

/** Refuses a call whose conservative estimate would take the month's spend past the budget. */
export async function assertWithinBudget(orgId: string, estimate: Prisma.Decimal): Promise<void> {
  const [budget, spent] = await Promise.all([getMonthlyBudget(orgId), getMonthToDateSpend(orgId)]);
  if (spent.add(estimate).gt(budget)) {
    throw new AppError(
      "BUDGET_EXCEEDED",
      `This month's AI budget is used up: USD ${spent.toFixed(2)} of ${budget.toFixed(2)} spent, and this task could cost up to USD ${estimate.toFixed(2)}. An organisation admin can raise the budget, or try again next month.`,
    );
  }
}
