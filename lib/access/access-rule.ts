import type { Permission } from "@/lib/auth/permissions";
import type { OrgType } from "@/lib/auth/tenant-context";
import type { SubscriptionTier } from "@/lib/db/generated/client";
import type { FeatureFlagKey } from "./feature-flags";

/**
 * Who may use one capability: the kinds of org it belongs to, the role permission, the feature flag
 * that switches it per org, the plan it needs, and whether it writes (a past-due org may still
 * read). Each domain declares its rules once in `lib/<domain>/access.ts`; actions, pages, route
 * handlers and the navigation all check the same rule.
 */
export type AccessRule = {
  /** How the capability is named in messages: "The data room", "Signal score". */
  feature: string;
  orgTypes?: readonly OrgType[];
  permission: Permission;
  flag?: FeatureFlagKey;
  tier?: SubscriptionTier;
  writes: boolean;
};

export function defineAccess<const Rules extends Record<string, AccessRule>>(rules: Rules): Rules {
  return rules;
}
