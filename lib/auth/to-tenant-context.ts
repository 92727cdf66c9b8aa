import { resolveFeatureFlags } from "@/lib/access/resolve-feature-flags";
import type { Organization, User } from "@/lib/db/generated/client";
import type { TenantContext } from "./tenant-context";

type OrgRow = Pick<Organization, "id" | "name" | "slug" | "type" | "logoUrl" | "subscriptionTier" | "subscriptionStatus" | "settings">;
type UserRow = Pick<User, "id" | "email" | "fullName" | "avatarUrl" | "role">;

/** One mapping from rows to a tenant context, for the session loader and the tests alike. */
export function toTenantContext(user: UserRow, org: OrgRow, flagRows: readonly { featureKey: string; isEnabled: boolean }[] = []): TenantContext {
  return {
    user: { id: user.id, email: user.email, fullName: user.fullName, avatarUrl: user.avatarUrl },
    org: {
      id: org.id,
      name: org.name,
      slug: org.slug,
      type: org.type,
      logoUrl: org.logoUrl,
      tier: org.subscriptionTier,
      status: org.subscriptionStatus,
      awaitingType: (org.settings as { awaitingOrgType?: unknown } | null)?.awaitingOrgType === true,
    },
    role: user.role,
    flags: resolveFeatureFlags(org.subscriptionTier, flagRows),
  };
}
