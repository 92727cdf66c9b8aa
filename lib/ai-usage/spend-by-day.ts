import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { monthEnd, monthStart } from "./usage-month";

export type DailySpend = { date: string; costUsd: string; runs: number };

/**
 * Every UTC day of the month (days without runs included, at zero), up to today for the current
 * month, for one org or all.
 */
export async function spendByDay(orgId: string | null, month: string, now = new Date()): Promise<DailySpend[]> {
  const from = monthStart(month);
  const to = monthEnd(month);
  const rows = await db.$queryRaw<{ day: Date; cost: Prisma.Decimal | null; runs: bigint }[]>`
    SELECT date_trunc('day', created_at) AS day, sum(cost_usd) AS cost, count(*) AS runs
    FROM ai_task_logs
    WHERE created_at >= ${from} AND created_at < ${to} AND (${orgId}::uuid IS NULL OR org_id = ${orgId}::uuid)
    GROUP BY 1`;
  const byDate = new Map(rows.map((r) => [new Date(r.day).toISOString().slice(0, 10), r]));
  const days: DailySpend[] = [];
  for (let d = new Date(from); d < to && d <= now; d = new Date(d.getTime() + 86_400_000)) {
    const key = d.toISOString().slice(0, 10);
    const row = byDate.get(key);
    days.push({ date: key, costUsd: new Prisma.Decimal(row?.cost ?? 0).toFixed(6), runs: Number(row?.runs ?? 0) });
  }
  return days;
}
