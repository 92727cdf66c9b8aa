import { db } from "@/lib/db/client";
import type { TenantContext } from "./tenant-context";

/** The tenant context of an active user, or null when the user is unknown or deactivated. */
export async function loadTenantContext(userId: string): Promise<TenantContext | null> {
  const user = await db.user.findFirst({ where: { id: userId, isActive: true }, include: { org: true } });
  if (!user) return null;
  return {
    user: { id: user.id, email: user.email, fullName: user.fullName, avatarUrl: user.avatarUrl },
    org: { id: user.org.id, name: user.org.name, slug: user.org.slug, type: user.org.type, logoUrl: user.org.logoUrl },
    role: user.role,
  };
}
