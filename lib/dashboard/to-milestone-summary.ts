import { toDateOnly } from "./utc-day";
import type { MilestoneStatusName, MilestoneSummary } from "./types";

type MilestoneRow = {
  id: string;
  name: string;
  targetDate: Date;
  status: MilestoneStatusName;
  completionPct: number;
  project: { id: string; name: string };
};

export const milestoneSummarySelect = {
  id: true,
  name: true,
  targetDate: true,
  status: true,
  completionPct: true,
  project: { select: { id: true, name: true } },
} as const;

export function toMilestoneSummary(row: MilestoneRow): MilestoneSummary {
  return {
    id: row.id,
    name: row.name,
    projectId: row.project.id,
    projectName: row.project.name,
    targetDate: toDateOnly(row.targetDate),
    status: row.status,
    completionPct: row.completionPct,
  };
}
