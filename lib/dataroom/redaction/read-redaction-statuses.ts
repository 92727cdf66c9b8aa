import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getRunningProgress } from "@/lib/jobs/get-running-progress";
import { type LiveStatusSnapshot, progressToken } from "@/lib/jobs/live-status/live-status-types";
import { visibleDocumentsWhere } from "../access-rules";

const ACTIVE = new Set(["pending", "analyzing", "applying"]);

/** The live status of these redaction jobs of the tenant's org, on documents the role may see; any other id is absent. */
export async function readRedactionStatuses(tenant: Pick<TenantContext, "org" | "role">, jobIds: string[]): Promise<LiveStatusSnapshot> {
  const visible = visibleDocumentsWhere(tenant);
  const rows = await db.redactionJob.findMany({ where: { id: { in: jobIds }, orgId: tenant.org.id }, select: { id: true, status: true, documentId: true } });
  const seen = new Set(
    (await db.document.findMany({ where: { id: { in: rows.map((row) => row.documentId) }, ...visible }, select: { id: true } })).map((document) => document.id),
  );
  const jobs = rows.filter((row) => seen.has(row.documentId));
  const progress = await getRunningProgress(
    tenant.org.id,
    "RedactionJob",
    jobs.filter((job) => ACTIVE.has(job.status)).map((job) => job.id),
  );
  return Object.fromEntries(jobs.map((job) => [job.id, { status: job.status, active: ACTIVE.has(job.status), progress: progressToken(progress.get(job.id)) }]));
}
