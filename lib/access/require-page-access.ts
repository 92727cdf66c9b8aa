import "server-only";
import { notFound } from "next/navigation";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { AccessRule } from "./access-rule";
import { checkAccess } from "./check-access";

/**
 * For pages: the signed-in tenant, or 404 when the rule refuses. A page only reads, so a past-due
 * org still sees it; a closed org never gets here (requireTenantPage sends it to /suspended).
 */
export async function requirePageAccess(rule: AccessRule): Promise<TenantContext> {
  const tenant = await requireTenantPage();
  if (checkAccess(tenant, { ...rule, writes: false })) notFound();
  return tenant;
}

/**
 * For pages that explain a missing role in words ("Ask an admin for access"): 404 only when the
 * feature is absent for the org (its type, a flag, the plan); the page checks the role itself.
 */
export async function requireFeaturePage(rule: AccessRule): Promise<TenantContext> {
  const tenant = await requireTenantPage();
  if (checkAccess(tenant, { ...rule, writes: false })?.hidden) notFound();
  return tenant;
}
