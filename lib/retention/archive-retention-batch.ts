import "server-only";
import { gzipSync } from "node:zlib";
import { putObject } from "@/lib/storage/objects";
import type { RetentionRow } from "./read-retention-batch";
import type { RetentionPolicy } from "./retention-policies";

/**
 * One gzipped JSON-lines object per batch, named by the batch's first row (its day and id) and
 * size: reading the same batch again writes the same key, so a retried run overwrites, never
 * duplicates. Each line is the whole row (an audit entry with its principal), org id included.
 */
export async function archiveRetentionBatch(policy: RetentionPolicy, rows: RetentionRow[]): Promise<string> {
  const first = rows[0]!;
  const day = first.at.toISOString().slice(0, 10);
  const key = `retention/${policy.id}/${day.slice(0, 4)}/${day.slice(5, 7)}/${day}_${first.id}_${rows.length}.jsonl.gz`;
  const body = gzipSync(`${rows.map((r) => JSON.stringify(r.row)).join("\n")}\n`);
  await putObject(key, body, "application/gzip", body.length);
  return key;
}
