import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Organization } from "@/lib/db/generated/client";

/** An organisation row as the read scope org-scoped loaders take, for work that starts from a row rather than a session. */
export function orgScope(org: Organization): Pick<TenantContext, "org"> {
  return { org: { id: org.id, name: org.name, slug: org.slug, type: org.type, logoUrl: org.logoUrl, tier: org.subscriptionTier, status: org.subscriptionStatus } };
}
