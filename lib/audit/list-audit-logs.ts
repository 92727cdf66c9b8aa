import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { auditLogWhere } from "./audit-log-where";
import { groupAuditEntries } from "./group-audit-entries";
import { describeAuditRows } from "./describe-audit-rows";
import type { AuditQuery } from "./schemas";
import type { AuditPage } from "./types";

/**
 * One page of the org's audit log, newest first, filtered by the URL's query. `scope` narrows it
 * further (one project's history); the org is always the tenant's, whatever the scope says.
 */
export async function listAuditLogs(tenant: Pick<TenantContext, "org" | "role">, query: AuditQuery, scope?: Prisma.AuditLogWhereInput): Promise<AuditPage> {
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
  const dtos = await describeAuditRows(tenant, rows);
  return {
    rows: dtos,
    entries: groupAuditEntries(dtos),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
