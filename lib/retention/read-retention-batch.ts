import "server-only";
import { db } from "@/lib/db/client";
import type { RetentionPolicy } from "./retention-policies";

export type RetentionRow = { id: string; at: Date; row: Record<string, unknown> };

/**
 * The oldest rows past the cutoff, in (time, id) order, each whole as JSON for the archive. The
 * order makes a batch deterministic: a run that stopped between archiving and removing reads the
 * same rows again, so the archive object is rewritten, not duplicated.
 */
export async function readRetentionBatch(policy: RetentionPolicy, cutoff: Date, size: number, orgIds: readonly string[] | null = null): Promise<RetentionRow[]> {
  const orgs = orgIds ? [...orgIds] : null;
  switch (policy.id) {
    case "audit_logs":
      return db.$queryRaw<RetentionRow[]>`
        SELECT l.id, l."timestamp" AS at, to_jsonb(l) || jsonb_build_object('actor', to_jsonb(a) - 'audit_log_id') AS row
        FROM audit_logs l LEFT JOIN audit_log_actors a ON a.audit_log_id = l.id
        WHERE l."timestamp" < ${cutoff} AND (${orgs}::uuid[] IS NULL OR l.org_id = ANY(${orgs}::uuid[])) ORDER BY l."timestamp", l.id LIMIT ${size}`;
    case "document_access_logs":
      return db.$queryRaw<RetentionRow[]>`
        SELECT id, created_at AS at, to_jsonb(t) AS row FROM document_access_logs t WHERE created_at < ${cutoff} AND (${orgs}::uuid[] IS NULL OR org_id = ANY(${orgs}::uuid[])) ORDER BY created_at, id LIMIT ${size}`;
    case "ai_task_logs":
      return db.$queryRaw<RetentionRow[]>`
        SELECT id, created_at AS at, to_jsonb(t) AS row FROM ai_task_logs t WHERE created_at < ${cutoff} AND (${orgs}::uuid[] IS NULL OR org_id = ANY(${orgs}::uuid[])) ORDER BY created_at, id LIMIT ${size}`;
    case "webhook_deliveries":
      return db.$queryRaw<RetentionRow[]>`
        SELECT id, created_at AS at, '{}'::jsonb AS row FROM webhook_deliveries
        WHERE status = 'delivered' AND created_at < ${cutoff} AND (${orgs}::uuid[] IS NULL OR org_id = ANY(${orgs}::uuid[])) ORDER BY created_at, id LIMIT ${size}`;
    case "api_idempotency_keys":
      return db.$queryRaw<RetentionRow[]>`
        SELECT id, created_at AS at, '{}'::jsonb AS row FROM api_idempotency_keys
        WHERE created_at < ${cutoff} AND (${orgs}::uuid[] IS NULL OR org_id = ANY(${orgs}::uuid[])) ORDER BY created_at, id LIMIT ${size}`;
  }
}

/** How many rows a run would archive or remove now: the dry run. `orgIds` narrows both to some orgs (tests share one database). */
export async function countRetentionDue(policy: RetentionPolicy, cutoff: Date, orgIds: readonly string[] | null = null): Promise<number> {
  const orgId = orgIds ? { in: [...orgIds] } : undefined;
  switch (policy.id) {
    case "audit_logs":
      return db.auditLog.count({ where: { orgId, timestamp: { lt: cutoff } } });
    case "document_access_logs":
      return db.documentAccessLog.count({ where: { orgId, createdAt: { lt: cutoff } } });
    case "ai_task_logs":
      return db.aiTaskLog.count({ where: { orgId, createdAt: { lt: cutoff } } });
    case "webhook_deliveries":
      return db.webhookDelivery.count({ where: { orgId, status: "delivered", createdAt: { lt: cutoff } } });
    case "api_idempotency_keys":
      return db.apiIdempotencyKey.count({ where: { orgId, createdAt: { lt: cutoff } } });
  }
}
