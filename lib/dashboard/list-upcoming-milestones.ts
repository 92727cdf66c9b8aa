import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { startOfUtcDay } from "@/lib/utils/dates";
import { selectMilestoneList } from "./select-milestone-list";
import type { MilestoneList } from "./types";
import { addUtcDays, toDateOnly } from "./utc-day";

/** Open milestones of the org's projects whose target date is today or in the next `days` days. */
export function listUpcomingMilestones(orgId: string, { days = 30, limit = 6, now = new Date() } = {}): Promise<MilestoneList> {
  const today = startOfUtcDay(now);
  return selectMilestoneList(
    orgId,
    Prisma.sql`m.status <> 'COMPLETED' AND m.target_date >= ${toDateOnly(today)}::date AND m.target_date <= ${toDateOnly(addUtcDays(today, days))}::date`,
    limit,
  );
}
