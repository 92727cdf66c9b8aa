import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { SIGNAL_SCORE_REQUESTED } from "@/lib/signal-score/events";
import { runSignalScore } from "@/lib/signal-score/run-signal-score";

/**
 * Computes one requested Signal Score version. Debounced at the source: a request while a run is
 * PENDING/PROCESSING joins that run instead of queueing another (lib/signal-score/request-signal-score.ts).
 */
export const scoreSignal = defineJob({
  id: "score-signal",
  event: SIGNAL_SCORE_REQUESTED,
  schema: z.object({ orgId: z.uuid(), projectId: z.uuid(), scoreId: z.uuid() }),
  async handler({ event, step }) {
    return step.run("compute-signal-score", () => runSignalScore({ orgId: event.data.orgId, scoreId: event.data.scoreId }));
  },
});
