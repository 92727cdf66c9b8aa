import { sendJobEvent } from "@/lib/jobs/send-job-event";
import { BADGES_EVALUATE } from "./badge-events";

/**
 * Asks the award job to look again after a write has committed. Badges are a reward, not the
 * write: a failure to queue is logged, never thrown at the caller.
 */
export async function requestBadgeEvaluation(data: { orgId: string; userId?: string; projectId?: string }): Promise<void> {
  try {
    await sendJobEvent(BADGES_EVALUATE, data);
  } catch (error) {
    console.error(`[badges] could not queue an evaluation for org ${data.orgId}:`, error);
  }
}
