import type { Prisma } from "@/lib/db/generated/client";
import type { AuditQuery } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The filters of the audit log as a where clause, always inside the org (and the optional scope,
 * such as one project's history). Dates are whole UTC days, both ends included.
 */
export function auditLogWhere(orgId: string, query: Partial<AuditQuery>, scope?: Prisma.AuditLogWhereInput): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [{ orgId }];
  if (scope) and.push(scope);
  if (query.user) and.push({ userId: query.user === "system" ? null : query.user });
  if (query.action) and.push({ action: query.action });
  if (query.entityType) and.push({ entityType: query.entityType });
  if (query.from) and.push({ timestamp: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) and.push({ timestamp: { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS) } });
  return { AND: and };
}
