import { TIER_DEFAULT_BUDGET_USD } from "@/lib/ai/budget";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { spendByDay, type DailySpend } from "./spend-by-day";
import { spendByMonth, type MonthlySpend } from "./spend-by-month";
import { monthEnd, monthStart } from "./usage-month";

export type OrgSpendRow = { orgId: string; name: string; type: string; tier: string; budgetUsd: string; spentUsd: string; usedPct: number; runs: number; failed: number };
export type PlatformAiUsage = { monthStart: string; spentUsd: string; runs: number; failed: number; orgs: OrgSpendRow[]; byDay: DailySpend[]; byMonth: MonthlySpend[] };

/**
 * Reads every tenant's AI spend: unsafe by design, for the platform operator's usage page only
 * (its page and action require an ADMIN org with platform.manage).
 */
export async function unsafeGetPlatformAiUsage(month: string, now = new Date()): Promise<PlatformAiUsage> {
  const where = { createdAt: { gte: monthStart(month), lt: monthEnd(month) } };
  const [orgs, spend, failed, byDay, byMonth] = await Promise.all([
    db.organization.findMany({ select: { id: true, name: true, type: true, subscriptionTier: true, aiMonthlyBudget: true }, orderBy: { name: "asc" } }),
    db.aiTaskLog.groupBy({ by: ["orgId"], where, _sum: { costUsd: true }, _count: { _all: true } }),
    db.aiTaskLog.groupBy({ by: ["orgId"], where: { ...where, status: "FAILED" }, _count: { _all: true } }),
    spendByDay(null, month, now),
    spendByMonth(null, now),
  ]);
  const spendBy = new Map(spend.map((s) => [s.orgId, s]));
  const failedBy = new Map(failed.map((f) => [f.orgId, f._count._all]));
  const rows = orgs
    .map((o) => {
      const budget = o.aiMonthlyBudget ?? new Prisma.Decimal(TIER_DEFAULT_BUDGET_USD[o.subscriptionTier]);
      const spent = spendBy.get(o.id)?._sum.costUsd ?? new Prisma.Decimal(0);
      return {
        orgId: o.id,
        name: o.name,
        type: o.type,
        tier: o.subscriptionTier,
        budgetUsd: budget.toFixed(2),
        spentUsd: spent.toFixed(6),
        usedPct: budget.gt(0) ? spent.div(budget).mul(100).toDecimalPlaces(1).toNumber() : 0,
        runs: spendBy.get(o.id)?._count._all ?? 0,
        failed: failedBy.get(o.id) ?? 0,
      };
    })
    .sort((a, b) => new Prisma.Decimal(b.spentUsd).cmp(a.spentUsd) || b.runs - a.runs || a.name.localeCompare(b.name));
  return {
    monthStart: monthStart(month).toISOString(),
    spentUsd: rows.reduce((sum, r) => sum.add(r.spentUsd), new Prisma.Decimal(0)).toFixed(6),
    runs: rows.reduce((n, r) => n + r.runs, 0),
    failed: rows.reduce((n, r) => n + r.failed, 0),
    orgs: rows,
    byDay,
    byMonth,
  };
}
