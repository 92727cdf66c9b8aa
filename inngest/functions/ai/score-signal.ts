import { defineJob } from "@/lib/jobs/define-job";
import { failSignalScore } from "@/lib/signal-score/fail-signal-score";
import { reopenSignalScore } from "@/lib/signal-score/reopen-signal-score";
import { runSignalScore } from "@/lib/signal-score/run-signal-score";

/** Computes one requested Signal Score version, in the heavy lane (it reads every document's text). */
export const scoreSignal = defineJob({
  id: "score-signal",
  on: "signal_score.requested",
  limits: { memoryMb: 1024, timeoutMs: 10 * 60_000 },
  entity: (data) => ({ type: "SignalScore", id: data.scoreId }),
  async handler({ event, step }) {
    return step.run("compute-signal-score", () => runSignalScore({ orgId: event.data.orgId, scoreId: event.data.scoreId }));
  },
  onFailure: ({ data, error }) => failSignalScore(data.orgId, data.scoreId, error),
  onRetry: (data) => reopenSignalScore(data.orgId, data.scoreId),
});
