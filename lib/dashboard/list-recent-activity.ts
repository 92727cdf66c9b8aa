import "server-only";
import { listAuditFeed } from "@/lib/audit/list-audit-feed";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { ActivityEntry } from "./types";

/** The org's latest audit entries as sentences, newest first; a flood of awards is one line. */
export async function listRecentActivity(tenant: Pick<TenantContext, "org" | "role">, limit = 10): Promise<ActivityEntry[]> {
  return listAuditFeed(tenant, limit);
}
