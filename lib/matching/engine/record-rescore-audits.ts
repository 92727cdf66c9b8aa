import { randomUUID } from "node:crypto";
import { systemActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/create-db-client";

export type RescoreCounts = { upserted: number; removed: number };
export type RescoreAuditScope = { entityType: "Project" | "InvestorMandate" | "Organization"; entityId: string | null; scope: "project" | "mandate" | "all" };

/**
 * One `matches.rescored` row per org whose matches the run changed (either side: the investor of
 * the mandate, the ally of the project), by the job's system actor. Written in bulk, in the run's
 * transaction: the nightly run touches hundreds of orgs, and a row at a time (recordAudit) would
 * cost more than the scoring. Same columns recordAudit writes for a system actor.
 */
export async function recordRescoreAudits(tx: Tx, job: string, scope: RescoreAuditScope, byOrg: ReadonlyMap<string, RescoreCounts>): Promise<void> {
  const rows = [...byOrg].filter(([, counts]) => counts.upserted + counts.removed > 0).map(([orgId, counts]) => ({ id: randomUUID(), orgId, counts }));
  if (rows.length === 0) return;
  const actor = systemActor(rows[0].orgId, job);
  await tx.auditLog.createMany({
    data: rows.map(({ id, orgId, counts }) => ({
      id,
      orgId,
      userId: null,
      action: "matches.rescored",
      entityType: scope.entityType,
      entityId: scope.entityId,
      changes: { before: null, after: { scope: scope.scope, upserted: counts.upserted, removed: counts.removed } },
      ipAddress: null,
      userAgent: actor.request.userAgent,
    })),
  });
  await tx.auditLogActor.createMany({ data: rows.map(({ id }) => ({ auditLogId: id, kind: actor.kind, ref: job.slice(0, 100) })) });
}

/** Adds a changed row to both of its orgs' counts. */
export function countByOrg(byOrg: Map<string, RescoreCounts>, rows: readonly { investor_org_id: string; ally_org_id: string }[], key: keyof RescoreCounts) {
  for (const row of rows) {
    for (const orgId of new Set([row.investor_org_id, row.ally_org_id])) {
      const counts = byOrg.get(orgId) ?? { upserted: 0, removed: 0 };
      counts[key] += 1;
      byOrg.set(orgId, counts);
    }
  }
}
