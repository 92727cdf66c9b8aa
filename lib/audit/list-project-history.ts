import type { TenantContext } from "@/lib/auth/tenant-context";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { listAuditFilterOptions } from "./list-audit-filter-options";
import { listAuditLogs } from "./list-audit-logs";
import { projectHistoryScope } from "./project-history-scope";
import type { AuditQuery } from "./schemas";

/** A project's history: the audit log narrowed to it. Another org's project is a 404. */
export async function listProjectHistory(tenant: Pick<TenantContext, "org" | "role">, projectId: string, query: AuditQuery) {
  const project = await getProjectOrThrow(tenant, projectId);
  const scope = await projectHistoryScope(project.id);
  const [page, filterOptions] = await Promise.all([listAuditLogs(tenant, query, scope), listAuditFilterOptions(tenant, scope)]);
  return { project: { id: project.id, name: project.name }, page, filterOptions };
}
