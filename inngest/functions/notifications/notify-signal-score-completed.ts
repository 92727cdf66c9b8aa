import { defineJob } from "@/lib/jobs/define-job";
import { notifySignalScoreCompleted } from "@/lib/notifications/notify-signal-score-completed";

/** signal_score.completed -> the requester (else the managers and admins) hears the score, or that it failed. Once per score. */
export const notifySignalScoreCompletedJob = defineJob({
  id: "notify-signal-score-completed",
  on: "signal_score.completed",
  entity: (data) => ({ type: "SignalScore", id: data.scoreId }),
  async handler({ event, step }) {
    return step.run("create-notifications", () => notifySignalScoreCompleted(event.data.orgId, event.data.scoreId));
  },
});
