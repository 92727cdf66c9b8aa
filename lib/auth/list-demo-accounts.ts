import { db } from "@/lib/db/client";
import type { OrgType, Role } from "./tenant-context";

export type DemoAccount = { id: string; email: string; fullName: string; role: Role; orgName: string; orgType: OrgType };

/**
 * unsafe: reads users across tenants. Only the local sign-in page calls it, and local mode is
 * refused in production unless explicitly enabled, so it lists the seeded demo users.
 */
export async function unsafeListDemoAccounts(): Promise<DemoAccount[]> {
  const users = await db.user.findMany({
    where: { isActive: true, externalAuthId: { startsWith: "local|" } },
    include: { org: { select: { name: true, type: true } } },
    orderBy: [{ org: { type: "asc" } }, { org: { name: "asc" } }, { role: "desc" }],
    take: 50,
  });
  return users.map((u) => ({ id: u.id, email: u.email, fullName: u.fullName, role: u.role, orgName: u.org.name, orgType: u.org.type }));
}
