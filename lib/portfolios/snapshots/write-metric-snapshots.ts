import type { Tx } from "@/lib/db/create-db-client";
import type { SnapshotRow } from "./compute-snapshot-rows";

/** Rows per statement: modest, as on the embedded PGlite a very large bind message can interleave with other connections' queries. */
const BATCH_ROWS = 500;

/**
 * Inserts the rows of one org; a row whose (entity, metric, day) already exists is left as it is
 * (ON CONFLICT DO NOTHING). A snapshot records what the ledger said when it was taken: rerunning a
 * day changes nothing, even if a flow was since backdated into it. Returns the rows added.
 */
export async function writeMetricSnapshots(client: Tx, orgId: string, rows: readonly SnapshotRow[]): Promise<number> {
  let written = 0;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const { count } = await client.metricSnapshot.createMany({
      skipDuplicates: true,
      data: rows.slice(start, start + BATCH_ROWS).map((row) => ({
        orgId,
        entityType: row.entityType,
        entityId: row.entityId,
        metricType: row.metricType,
        value: row.value,
        currency: row.currency,
        snapshotDate: new Date(`${row.day}T00:00:00Z`),
        metadata: row.metadata ?? undefined,
      })),
    });
    written += count;
  }
  return written;
}
