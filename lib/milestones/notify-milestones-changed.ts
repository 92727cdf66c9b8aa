import { sendJobEvent } from "@/lib/jobs/send-job-event";
import { requestAutomaticRescore } from "@/lib/signal-score/request-automatic-rescore";

/**
 * Tells refresh-milestone-delays to bring the stored DELAYED flags up to date. Called after the
 * write has committed. A failed send is logged, not thrown: the write stands, pages derive DELAYED
 * on read anyway, and the daily run catches up. Milestones feed the Signal Score: a rescore is due.
 */
export async function notifyMilestonesChanged(orgId: string, projectId: string): Promise<void> {
  try {
    await sendJobEvent("projects/milestones.changed", { orgId, projectId });
  } catch (error) {
    console.error("[milestones] could not send projects/milestones.changed", error);
  }
  await requestAutomaticRescore({ orgId, projectId, reason: "milestones.changed" });
}
