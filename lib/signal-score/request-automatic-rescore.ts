import { sendJobEvent } from "@/lib/jobs/send-job-event";
import { SIGNAL_SCORE_RESCORE_WANTED } from "./events";

export type RescoreReason = "project.updated" | "milestones.changed" | "budget.changed" | "document.processed";

/**
 * Asks for a fresh Signal Score after a relevant write has committed; the rescore job debounces
 * per project, so a burst of edits makes one new version. The score is derived data, not the
 * write: a failure to queue is logged, never thrown at the caller. AUTO_RESCORE=off turns it off
 * (tests that count versions or wait for the job queue).
 */
export async function requestAutomaticRescore(data: { orgId: string; projectId: string; reason: RescoreReason }): Promise<void> {
  if (process.env.AUTO_RESCORE === "off") return;
  try {
    await sendJobEvent(SIGNAL_SCORE_RESCORE_WANTED, data);
  } catch (error) {
    console.error(`[signal-score] could not queue a rescore of project ${data.projectId}:`, error);
  }
}
