import { defineCronJob } from "@/lib/jobs/define-job";
import { lastCompleteDay, snapshotAllPortfolios } from "@/lib/portfolios/snapshots/snapshot-all-portfolios";

/**
 * Nightly: every portfolio's and holding's NAV, IRR, multiples, paid in and distributed as of the
 * day that just ended, into metric_snapshots; progress per portfolio. A rerun of the day adds nothing.
 */
export const snapshotPortfolioMetricsJob = defineCronJob({
  id: "snapshot-portfolio-metrics",
  cron: "15 2 * * *",
  async handler({ step, progress }) {
    const day = await step.run("pick-day", async () => lastCompleteDay());
    return step.run("snapshot", () => snapshotAllPortfolios(day, progress));
  },
});
