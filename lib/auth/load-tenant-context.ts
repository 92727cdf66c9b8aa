import { db } from "@/lib/db/client";
import type { TenantContext } from "./tenant-context";
import { toTenantContext } from "./to-tenant-context";

/**
 * The tenant context of an active user, or null when the user is unknown or deactivated. The
 * org's plan, status and feature flags come in the same query: read once per request, so an
 * admin's change applies from the next request on.
 */
export async function loadTenantContext(userId: string): Promise<TenantContext | null> {
  const user = await db.user.findFirst({
    where: { id: userId, isActive: true },
    include: { org: { include: { featureFlags: { select: { featureKey: true, isEnabled: true } } } } },
  });
  return user ? toTenantContext(user, user.org, user.org.featureFlags) : null;
}
