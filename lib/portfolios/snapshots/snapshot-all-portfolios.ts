import { db } from "@/lib/db/client";
import { backfillMetricSnapshots } from "./backfill-metric-snapshots";

/**
 * Every portfolio's snapshots for one day. Across orgs by nature (a nightly job for every
 * investor): each portfolio is loaded and written within its own org. Rows already there stay.
 */
export async function snapshotAllPortfolios(day: string, onProgress?: (done: number, total: number) => Promise<void>) {
  const portfolios = await db.portfolio.findMany({ select: { id: true, orgId: true }, orderBy: { id: "asc" } });
  let rowsWritten = 0;
  for (const [index, portfolio] of portfolios.entries()) {
    rowsWritten += (await backfillMetricSnapshots(db, { org: { id: portfolio.orgId } }, portfolio.id, { from: day, to: day })).rowsWritten;
    await onProgress?.(index + 1, portfolios.length);
  }
  return { day, portfolios: portfolios.length, rowsWritten };
}

/** The day that ended last (UTC): the nightly run snapshots a complete day, never one still taking flows. */
export function lastCompleteDay(now: Date = new Date()): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 86_400_000).toISOString().slice(0, 10);
}
