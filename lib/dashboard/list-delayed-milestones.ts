import "server-only";
import { db } from "@/lib/db/client";
import { startOfUtcDay } from "@/lib/utils/dates";
import { milestoneSummarySelect, toMilestoneSummary } from "./to-milestone-summary";
import type { MilestoneList } from "./types";

/** Milestones marked DELAYED, or past their target date and not completed; most overdue first. */
export async function listDelayedMilestones(orgId: string, { limit = 6, now = new Date() } = {}): Promise<MilestoneList> {
  const where = {
    project: { orgId },
    OR: [{ status: "DELAYED" as const }, { targetDate: { lt: startOfUtcDay(now) }, status: { not: "COMPLETED" as const } }],
  };
  const [rows, total] = await Promise.all([
    db.projectMilestone.findMany({ where, select: milestoneSummarySelect, orderBy: [{ targetDate: "asc" }, { name: "asc" }], take: limit }),
    db.projectMilestone.count({ where }),
  ]);
  return { items: rows.map(toMilestoneSummary), total };
}
