import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { LiveStatusSnapshot } from "@/lib/jobs/live-status/live-status-types";

const ACTIVE = new Set(["PENDING", "PROCESSING"]);

/** The live status of these screening runs of the tenant's org (one indexed read); other orgs' ids are absent. */
export async function readScreenStatuses(tenant: Pick<TenantContext, "org">, versionIds: string[]): Promise<LiveStatusSnapshot> {
  const rows = await db.dealScreenVersion.findMany({ where: { id: { in: versionIds }, orgId: tenant.org.id }, select: { id: true, status: true } });
  return Object.fromEntries(rows.map((row) => [row.id, { status: row.status, active: ACTIVE.has(row.status), progress: null }]));
}
