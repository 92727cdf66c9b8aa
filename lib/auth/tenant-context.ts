/**
 * Who is acting, for which tenant. Resolved once per request from the session (Clerk or local)
 * and the database; never built from client input.
 */
import type { FeatureFlagState } from "@/lib/access/resolve-feature-flags";
import type { SubscriptionStatus, SubscriptionTier } from "@/lib/db/generated/client";

export type OrgType = "ALLY" | "INVESTOR" | "ADMIN";
export type Role = "viewer" | "analyst" | "manager" | "admin";

export type TenantContext = {
  user: { id: string; email: string; fullName: string; avatarUrl: string | null };
  org: {
    id: string;
    name: string;
    slug: string;
    type: OrgType;
    logoUrl: string | null;
    tier: SubscriptionTier;
    status: SubscriptionStatus;
    /** A Clerk organisation that arrived without an org type: its admin is asked once. */
    awaitingType?: boolean;
  };
  role: Role;
  /** Every catalogue flag, resolved for this org's rows and tier (lib/access/resolve-feature-flags.ts). */
  flags: FeatureFlagState;
};

/** Request facts recorded with every audited write. */
export type RequestMeta = { ipAddress: string | null; userAgent: string | null };
