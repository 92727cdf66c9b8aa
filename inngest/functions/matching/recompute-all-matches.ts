import { defineCronJob } from "@/lib/jobs/define-job";
import { recomputeAllMatches } from "@/lib/matching/engine/recompute-all-matches";

/**
 * Nightly, after the day's rates: every active mandate against every published project, in the
 * heavy lane (1,000 x 10,000 pairs take a few seconds and a few hundred MB), progress per 100
 * mandates. Catches what events cannot: a refreshed rate, a missed event.
 */
export const recomputeAllMatchesJob = defineCronJob({
  id: "recompute-all-matches",
  cron: "40 2 * * *",
  limits: { memoryMb: 1024, timeoutMs: 15 * 60_000 },
  async handler({ step, progress }) {
    return step.run("recompute-all-matches", () => recomputeAllMatches({ onProgress: progress }));
  },
});
