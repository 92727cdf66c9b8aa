import { effectiveMilestoneStatus } from "@/lib/milestones/effective-milestone-status";
import type { MilestoneStatus } from "@/lib/milestones/milestone-constants";
import type { ScoreInputs } from "./score-inputs";

/** A milestone row as the score reads it: dates as YYYY-MM-DD. */
export type RawMilestone = { name: string; status: MilestoneStatus; targetDate: string; completedDate: string | null };

const DAY_MS = 86_400_000;
const utcDate = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00.000Z`);

/**
 * Delayed by the Milestones tab's own rule (effectiveMilestoneStatus), so the score and the tab
 * never disagree; finished late when completed after the target date. `today` is passed in so
 * the same rows on the same day give the same record.
 */
export function summariseDeliveryRecord(milestones: RawMilestone[], today: string): ScoreInputs["milestones"] {
  const now = utcDate(today);
  const delayed = milestones.filter((m) => effectiveMilestoneStatus({ status: m.status, targetDate: utcDate(m.targetDate) }, now) === "DELAYED");
  const overdue = delayed
    .filter((m) => m.targetDate.slice(0, 10) < today)
    .map((m) => ({ name: m.name, targetDate: m.targetDate.slice(0, 10), daysOverdue: Math.round((now.getTime() - utcDate(m.targetDate).getTime()) / DAY_MS) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.name.localeCompare(b.name));
  return {
    total: milestones.length,
    completed: milestones.filter((m) => m.status === "COMPLETED").length,
    delayed: delayed.length,
    completedLate: milestones.filter((m) => m.status === "COMPLETED" && m.completedDate !== null && m.completedDate.slice(0, 10) > m.targetDate.slice(0, 10)).length,
    mostOverdue: overdue[0] ?? null,
  };
}
