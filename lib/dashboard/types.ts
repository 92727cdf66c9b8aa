import type { ActivityItem } from "@/lib/audit/types";

/** Plain, serialisable shapes the dashboard UI renders: no Prisma types, no Decimals. */

export const PROJECT_STATUSES = ["DRAFT", "ACTIVE", "ARCHIVED", "SUSPENDED"] as const;
export type ProjectStatusName = (typeof PROJECT_STATUSES)[number];

export type ProjectStatusCounts = Record<ProjectStatusName, number>;

/** A sum of money in one currency; `amount` is a decimal string so no precision is lost on the way. */
export type MoneyTotal = { currency: string; amount: string; projectCount: number };

export type MilestoneStatusName = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "DELAYED";

export type MilestoneSummary = {
  id: string;
  name: string;
  projectId: string;
  projectName: string;
  /** Calendar date, YYYY-MM-DD (the column is a DATE). */
  targetDate: string;
  status: MilestoneStatusName;
  completionPct: number;
};

export type MilestoneList = { items: MilestoneSummary[]; total: number };

/** A recent-activity line, as a sentence (lib/audit describes every action the app records). */
export type ActivityEntry = ActivityItem;
