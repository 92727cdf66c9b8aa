import type { AccessSubject } from "@/lib/access/check-access";
import { resolveFeatureFlags } from "@/lib/access/resolve-feature-flags";
import type { OrgType, Role } from "@/lib/auth/tenant-context";
import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";

/** An access subject with the catalogue's defaults, for tests of rules and the navigation. */
export function accessSubject(
  type: OrgType,
  role: Role,
  options: { tier?: SubscriptionTier; status?: SubscriptionStatus; flags?: { featureKey: string; isEnabled: boolean }[] } = {},
): AccessSubject {
  const tier = options.tier ?? "professional";
  return { org: { type, tier, status: options.status ?? "active" }, role, flags: resolveFeatureFlags(tier, options.flags ?? []) };
}
