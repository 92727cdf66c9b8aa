import type { Tx } from "@/lib/db/create-db-client";
import { computeSnapshotRows, daysBetweenInclusive, type SnapshotRow } from "./compute-snapshot-rows";
import { loadSnapshotLedger } from "./load-snapshot-ledger";
import { writeMetricSnapshots } from "./write-metric-snapshots";

/** Days computed before their rows are written and the progress reported. */
const DAYS_PER_WRITE = 30;

export type BackfillOutcome = { days: number; rowsWritten: number };

/**
 * A portfolio's snapshots for each day from `from` to `to` (inclusive), each as of its day: the
 * ledger is loaded once, the days are computed incrementally in memory, and the rows go in by
 * batch. Days already written keep their rows, so a rerun (or an overlapping range) adds nothing.
 * Takes the client, so the demo seed runs the same backfill.
 */
export async function backfillMetricSnapshots(
  client: Tx,
  scope: { org: { id: string } },
  portfolioId: string,
  range: { from: string; to: string },
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<BackfillOutcome> {
  const ledger = await loadSnapshotLedger(client, scope, portfolioId);
  const days = daysBetweenInclusive(range.from, range.to);
  let pending: SnapshotRow[] = [];
  let done = 0;
  let rowsWritten = 0;
  const flush = async () => {
    rowsWritten += await writeMetricSnapshots(client, ledger.orgId, pending);
    pending = [];
    await onProgress?.(done, days.length);
  };
  await onProgress?.(0, days.length);
  // computeSnapshotRows is synchronous: collect the days in chunks, write each chunk, then go on.
  for (let start = 0; start < days.length; start += DAYS_PER_WRITE) {
    const chunk = days.slice(start, start + DAYS_PER_WRITE);
    computeSnapshotRows(ledger, chunk, (_day, rows) => {
      pending.push(...rows);
      done += 1;
    });
    await flush();
  }
  return { days: days.length, rowsWritten };
}
