import { defineJob } from "@/lib/jobs/define-job";
import { runSnapshotBackfill } from "@/lib/portfolios/snapshots/run-snapshot-backfill";
import { BACKFILL_JOB_ID } from "@/lib/portfolios/snapshots/snapshot-constants";

/**
 * A portfolio's snapshots over the days an investor asked for, progress per day (shown on the
 * portfolio page, which also says when the last one failed). In the heavy lane: ten years of a
 * large portfolio is seconds of CPU. A rerun adds only the days still missing.
 */
export const backfillPortfolioSnapshotsJob = defineJob({
  id: BACKFILL_JOB_ID,
  on: "portfolio.snapshots_backfill_requested",
  concurrencyPerOrg: 1,
  limits: { memoryMb: 1024, timeoutMs: 15 * 60_000 },
  entity: (data) => ({ type: "Portfolio", id: data.portfolioId }),
  async handler({ event, step, progress }) {
    return step.run("backfill", () => runSnapshotBackfill(event.data, progress));
  },
});
