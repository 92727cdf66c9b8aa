import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { auditLogWhere } from "./audit-log-where";
import { resolveEntityLabels } from "./resolve-entity-labels";
import type { AuditQuery } from "./schemas";
import { toAuditRowDto } from "./to-audit-row-dto";
import type { AuditPage } from "./types";

/**
 * One page of the org's audit log, newest first, filtered by the URL's query. `scope` narrows it
 * further (one project's history); the org is always the tenant's, whatever the scope says.
 */
export async function listAuditLogs(
  tenant: Pick<TenantContext, "org">,
  query: AuditQuery,
  scope?: Prisma.AuditLogWhereInput,
): Promise<AuditPage> {
  const where = auditLogWhere(tenant.org.id, query, scope);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ timestamp: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: { user: { select: { id: true, fullName: true, email: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  const labels = await resolveEntityLabels(tenant.org, rows);
  return {
    rows: rows.map((row) => toAuditRowDto(row, row.entityId ? (labels.get(row.entityId) ?? null) : null)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
