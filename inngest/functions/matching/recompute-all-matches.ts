import { defineCronJob } from "@/lib/jobs/define-job";
import { recomputeAllMatches } from "@/lib/matching/engine/recompute-all-matches";

/**
 * Nightly, after the day's rates: every active mandate against every published project, in the
 * heavy lane, progress per 100 mandates. Catches what events cannot: a refreshed rate, a missed
 * event. Measured (npm run bench): 1,000 x 10,000 pairs with 200,000 suggestions peak at ~1.3 GB
 * resident on a first run, hence the limit.
 */
export const recomputeAllMatchesJob = defineCronJob({
  id: "recompute-all-matches",
  cron: "40 2 * * *",
  limits: { memoryMb: 2048, timeoutMs: 15 * 60_000 },
  async handler({ step, progress }) {
    return step.run("recompute-all-matches", () => recomputeAllMatches({ onProgress: progress }));
  },
});
