import { getMonthlyBudget } from "@/lib/ai/budget";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { spendByDay, type DailySpend } from "./spend-by-day";
import { spendByMonth, type MonthlySpend } from "./spend-by-month";
import { monthEnd, monthStart } from "./usage-month";

export type AgentUsage = { agentType: string; runs: number; failed: number; costUsd: string; tokens: number };
export type OrgAiUsage = {
  monthStart: string;
  budgetUsd: string;
  budgetIsCustom: boolean;
  spentUsd: string;
  usedPct: number;
  runs: number;
  failed: number;
  offlineRuns: number;
  byAgent: AgentUsage[];
  byDay: DailySpend[];
  byMonth: MonthlySpend[];
};

/**
 * The org's AI spend in one UTC month ("2026-11") against its current monthly budget, by agent
 * type and by day, and the spend of each of the last twelve months for the trend.
 */
export async function getOrgAiUsage(tenant: Pick<TenantContext, "org">, month: string, now = new Date()): Promise<OrgAiUsage> {
  const orgId = tenant.org.id;
  const where = { orgId, createdAt: { gte: monthStart(month), lt: monthEnd(month) } };
  const [org, budget, groups, failedGroups, offlineRuns, byDay, byMonth] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { aiMonthlyBudget: true } }),
    getMonthlyBudget(orgId),
    db.aiTaskLog.groupBy({ by: ["agentType"], where, _sum: { costUsd: true, tokensInput: true, tokensOutput: true }, _count: { _all: true } }),
    db.aiTaskLog.groupBy({ by: ["agentType"], where: { ...where, status: "FAILED" }, _count: { _all: true } }),
    db.aiTaskLog.count({ where: { ...where, modelUsed: { startsWith: "offline-" } } }),
    spendByDay(orgId, month, now),
    spendByMonth(orgId, now),
  ]);
  const spent = groups.reduce((sum, g) => sum.add(g._sum.costUsd ?? 0), new Prisma.Decimal(0));
  const failedBy = new Map(failedGroups.map((g) => [g.agentType, g._count._all]));
  const byAgent = groups
    .map((g) => ({
      agentType: g.agentType,
      runs: g._count._all,
      failed: failedBy.get(g.agentType) ?? 0,
      costUsd: (g._sum.costUsd ?? new Prisma.Decimal(0)).toFixed(6),
      tokens: (g._sum.tokensInput ?? 0) + (g._sum.tokensOutput ?? 0),
    }))
    .sort((a, b) => new Prisma.Decimal(b.costUsd).cmp(a.costUsd) || b.runs - a.runs);
  return {
    monthStart: monthStart(month).toISOString(),
    budgetUsd: budget.toFixed(2),
    budgetIsCustom: org.aiMonthlyBudget !== null,
    spentUsd: spent.toFixed(6),
    usedPct: budget.gt(0) ? spent.div(budget).mul(100).toDecimalPlaces(1).toNumber() : 0,
    runs: byAgent.reduce((n, a) => n + a.runs, 0),
    failed: byAgent.reduce((n, a) => n + a.failed, 0),
    offlineRuns,
    byAgent,
    byDay,
    byMonth,
  };
}
