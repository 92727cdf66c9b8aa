import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { monthEnd, monthKey, monthStart, selectableMonths } from "./usage-month";

export type MonthlySpend = { month: string; costUsd: string; runs: number };

/** Spend per UTC month over the selectable months, oldest first (months without runs at zero), for one org or all. */
export async function spendByMonth(orgId: string | null, now = new Date()): Promise<MonthlySpend[]> {
  const months = selectableMonths(now).reverse();
  const from = monthStart(months[0]!);
  const to = monthEnd(months.at(-1)!);
  const rows = await db.$queryRaw<{ month: Date; cost: Prisma.Decimal | null; runs: bigint }[]>`
    SELECT date_trunc('month', created_at) AS month, sum(cost_usd) AS cost, count(*) AS runs
    FROM ai_task_logs
    WHERE created_at >= ${from} AND created_at < ${to} AND (${orgId}::uuid IS NULL OR org_id = ${orgId}::uuid)
    GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [monthKey(new Date(r.month)), r]));
  return months.map((month) => {
    const row = byMonth.get(month);
    return { month, costUsd: new Prisma.Decimal(row?.cost ?? 0).toFixed(6), runs: Number(row?.runs ?? 0) };
  });
}
