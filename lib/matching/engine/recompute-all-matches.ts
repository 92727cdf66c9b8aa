import "server-only";
import { rescoreMatches } from "./rescore-matches";

/**
 * Every active mandate against every published project, across all orgs: the nightly job's
 * safety net under the incremental runs (a missed event, a rate refreshed, time passing).
 * `onProgress` gets mandates scored of all.
 */
export async function recomputeAllMatches(
  options: { onProgress?(done: number, total: number): Promise<void> } = {},
): Promise<{ pairs: number; upserted: number; removed: number }> {
  return rescoreMatches({ kind: "all" }, { job: "recompute-all-matches", onProgress: options.onProgress });
}
