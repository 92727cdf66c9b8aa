import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";

/** The org's active members a question can be routed to (assignQuestion accepts the same set), by name. */
export async function listAssignableMembers(tenant: Pick<TenantContext, "org">): Promise<{ id: string; name: string }[]> {
  const users = await db.user.findMany({
    where: { orgId: tenant.org.id, isActive: true },
    select: { id: true, fullName: true },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
  });
  return users.map((user) => ({ id: user.id, name: user.fullName }));
}
