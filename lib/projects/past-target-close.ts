import { startOfUtcDay } from "@/lib/utils/dates";

/** Stages and statuses in which a project is no longer raising: its target close no longer matters. */
const DONE_STAGES: readonly string[] = ["OPERATIONAL"];
const DONE_STATUSES: readonly string[] = ["ARCHIVED"];

type Closable = { targetCloseDate: string | null; status: string; stage: string };

/**
 * The target close date (YYYY-MM-DD) when it has passed and the project is still raising, else
 * null. The date itself is not past: a project closing today is on time until tomorrow (UTC).
 */
export function pastTargetClose(project: Closable, now: Date = new Date()): string | null {
  if (!project.targetCloseDate || DONE_STAGES.includes(project.stage) || DONE_STATUSES.includes(project.status)) return null;
  const today = startOfUtcDay(now).toISOString().slice(0, 10);
  return project.targetCloseDate.slice(0, 10) < today ? project.targetCloseDate.slice(0, 10) : null;
}
