import "server-only";
import { db } from "@/lib/db/client";
import { startOfUtcDay } from "@/lib/utils/dates";
import { milestoneSummarySelect, toMilestoneSummary } from "./to-milestone-summary";
import type { MilestoneList } from "./types";
import { addUtcDays } from "./utc-day";

/** Open milestones of the org's projects whose target date is today or in the next `days` days. */
export async function listUpcomingMilestones(orgId: string, { days = 30, limit = 6, now = new Date() } = {}): Promise<MilestoneList> {
  const today = startOfUtcDay(now);
  const where = {
    project: { orgId },
    status: { not: "COMPLETED" as const },
    targetDate: { gte: today, lte: addUtcDays(today, days) },
  };
  const [rows, total] = await Promise.all([
    db.projectMilestone.findMany({ where, select: milestoneSummarySelect, orderBy: [{ targetDate: "asc" }, { name: "asc" }], take: limit }),
    db.projectMilestone.count({ where }),
  ]);
  return { items: rows.map(toMilestoneSummary), total };
}
