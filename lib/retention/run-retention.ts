import "server-only";
import { archiveRetentionBatch } from "./archive-retention-batch";
import { countRetentionDue, readRetentionBatch } from "./read-retention-batch";
import { removeRetentionBatch } from "./remove-retention-batch";
import { RETENTION_POLICIES, type RetentionPolicy, retentionCutoff } from "./retention-policies";

export type RetentionOutcome = { policy: RetentionPolicy["id"]; label: string; cutoff: string; due: number; archived: number; removed: number; objects: string[] };
export type RetentionOptions = { now?: Date; dryRun?: boolean; batchSize?: number; maxBatches?: number; orgIds?: readonly string[] };

/**
 * Applies every retention policy in batches: archive (where the policy archives), then remove, a
 * batch at a time, so a crash loses nothing (archived rows that were not yet removed are archived
 * again under the same key next time). A dry run only counts. Unsafe: it spans every org, as the
 * dictionary's retention does; only the worker and the operator's CLI call it.
 */
export async function unsafeRunRetention(options: RetentionOptions = {}): Promise<RetentionOutcome[]> {
  const now = options.now ?? new Date();
  const outcomes: RetentionOutcome[] = [];
  for (const policy of RETENTION_POLICIES) {
    const cutoff = retentionCutoff(policy, now);
    const due = await countRetentionDue(policy, cutoff, options.orgIds ?? null);
    const outcome: RetentionOutcome = { policy: policy.id, label: policy.label, cutoff: cutoff.toISOString(), due, archived: 0, removed: 0, objects: [] };
    outcomes.push(outcome);
    if (options.dryRun || !due) continue;
    for (let batch = 0; batch < (options.maxBatches ?? 50); batch++) {
      const rows = await readRetentionBatch(policy, cutoff, options.batchSize ?? 1000, options.orgIds ?? null);
      if (!rows.length) break;
      if (policy.archive) {
        outcome.objects.push(await archiveRetentionBatch(policy, rows));
        outcome.archived += rows.length;
      }
      const removed = await removeRetentionBatch(
        policy,
        rows.map((r) => r.id),
        cutoff,
      );
      outcome.removed += removed;
      // Nothing removable in a full batch (the database refused them all): stop rather than loop.
      if (!removed) break;
    }
  }
  return outcomes;
}
