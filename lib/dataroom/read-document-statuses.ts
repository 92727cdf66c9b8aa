import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getRunningProgress } from "@/lib/jobs/get-running-progress";
import { type LiveStatusSnapshot, progressToken } from "@/lib/jobs/live-status/live-status-types";
import { visibleDocumentsWhere } from "./access-rules";

const ACTIVE = new Set(["UPLOADING", "PROCESSING"]);

/**
 * The live status of these documents, with the pages their processing job has read: only those
 * the role may see (another org's, a deleted one and one above the role's clearance are absent).
 */
export async function readDocumentStatuses(tenant: Pick<TenantContext, "org" | "role">, documentIds: string[]): Promise<LiveStatusSnapshot> {
  const rows = await db.document.findMany({ where: { id: { in: documentIds }, ...visibleDocumentsWhere(tenant) }, select: { id: true, status: true } });
  const processing = rows.filter((row) => row.status === "PROCESSING").map((row) => row.id);
  const progress = await getRunningProgress(tenant.org.id, "Document", processing);
  return Object.fromEntries(rows.map((row) => [row.id, { status: row.status, active: ACTIVE.has(row.status), progress: progressToken(progress.get(row.id)) }]));
}
