import { selectTenant } from "./select-tenant";
import type { TenantContext } from "./tenant-context";

/**
 * The tenant context of an active user, or null when the user is unknown or deactivated. The
 * org's plan, status and feature flags come in the same statement: read once per request, so an
 * admin's change applies from the next request on.
 */
export function loadTenantContext(userId: string): Promise<TenantContext | null> {
  return selectTenant(userId);
}
