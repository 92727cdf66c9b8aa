import "server-only";
import { db } from "@/lib/db/client";
import type { RetentionPolicy } from "./retention-policies";

/**
 * Removes the rows of a batch. The two append-only logs go through their SECURITY DEFINER purge
 * functions (the app's role cannot delete from them, and the functions re-check the age); the
 * others are ordinary deletes, re-checking the cutoff so a row touched since the read stays.
 */
export async function removeRetentionBatch(policy: RetentionPolicy, ids: string[], cutoff: Date): Promise<number> {
  if (!ids.length) return 0;
  switch (policy.id) {
    case "audit_logs": {
      const [{ removed }] = await db.$queryRaw<[{ removed: number }]>`SELECT purge_archived_audit_logs(${ids}::uuid[]) AS removed`;
      return removed;
    }
    case "document_access_logs": {
      const [{ removed }] = await db.$queryRaw<[{ removed: number }]>`SELECT purge_archived_access_logs(${ids}::uuid[]) AS removed`;
      return removed;
    }
    case "ai_task_logs":
      return (await db.aiTaskLog.deleteMany({ where: { id: { in: ids }, createdAt: { lt: cutoff } } })).count;
    case "webhook_deliveries":
      return (await db.webhookDelivery.deleteMany({ where: { id: { in: ids }, status: "delivered", createdAt: { lt: cutoff } } })).count;
    // The cutoff again: a key replaced by a new claim since the read (claimIdempotencyKey) is a new row, newer than it.
    case "api_idempotency_keys":
      return (await db.apiIdempotencyKey.deleteMany({ where: { id: { in: ids }, createdAt: { lt: cutoff } } })).count;
  }
}
