import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditFilterOptions } from "./types";

/** What the filters offer: only actions, entity types and people that occur in the (scoped) log. */
export async function listAuditFilterOptions(tenant: Pick<TenantContext, "org">, scope?: Prisma.AuditLogWhereInput): Promise<AuditFilterOptions> {
  const where: Prisma.AuditLogWhereInput = { AND: [{ orgId: tenant.org.id }, ...(scope ? [scope] : [])] };
  const [actions, entityTypes, userIds] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], where, orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], where, orderBy: { entityType: "asc" } }),
    db.auditLog.groupBy({ by: ["userId"], where }),
  ]);
  const ids = userIds.map((row) => row.userId).filter((id): id is string => id !== null);
  const users = await db.user.findMany({
    where: { id: { in: ids }, orgId: tenant.org.id },
    select: { id: true, fullName: true },
    orderBy: { fullName: "asc" },
  });
  return {
    actions: actions.map((row) => row.action),
    entityTypes: entityTypes.map((row) => row.entityType),
    users: users.map((user) => ({ id: user.id, name: user.fullName })),
    hasSystemRows: userIds.some((row) => row.userId === null),
  };
}
