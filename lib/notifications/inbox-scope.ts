import type { TenantContext } from "@/lib/auth/tenant-context";

/**
 * A user's own notifications in their own org: every read and write of the inbox goes through
 * this, so nobody reaches another user's rows (a colleague's, or their own from an org they left).
 */
export function inboxWhere(tenant: Pick<TenantContext, "user" | "org">) {
  return { userId: tenant.user.id, orgId: tenant.org.id };
}
