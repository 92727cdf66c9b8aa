import { db } from "@/lib/db/client";
import { backfillMetricSnapshots } from "./backfill-metric-snapshots";

/** The backfill job's work: the payload's range for the payload's portfolio, within the payload's org. */
export function runSnapshotBackfill(data: { orgId: string; portfolioId: string; from: string; to: string }, onProgress: (done: number, total: number) => Promise<void>) {
  return backfillMetricSnapshots(db, { org: { id: data.orgId } }, data.portfolioId, { from: data.from, to: data.to }, onProgress);
}
