import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { startOfUtcDay } from "@/lib/utils/dates";
import { selectMilestoneList } from "./select-milestone-list";
import type { MilestoneList } from "./types";
import { toDateOnly } from "./utc-day";

/** Milestones marked DELAYED, or past their target date and not completed; most overdue first. */
export function listDelayedMilestones(orgId: string, { limit = 6, now = new Date() } = {}): Promise<MilestoneList> {
  return selectMilestoneList(orgId, Prisma.sql`(m.status = 'DELAYED' OR (m.target_date < ${toDateOnly(startOfUtcDay(now))}::date AND m.status <> 'COMPLETED'))`, limit);
}
