import { hasPermission, PERMISSION_MIN_ROLE } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { AccessRule } from "./access-rule";
import { FEATURE_FLAGS } from "./feature-flags";
import { STATUS_ACCESS, TIERS, tierAtLeast } from "./tiers";

export type AccessSubject = Pick<TenantContext, "role" | "flags"> & { org: Pick<TenantContext["org"], "type" | "tier" | "status"> };

/**
 * Why a rule refuses, in the order a user would want to hear it. "hidden" refusals (the org type,
 * a flag that is off, a plan below the rule's) make the feature absent: 404 on pages, no nav item.
 */
export type AccessDenial = { reason: "org-type" | "flag" | "tier"; hidden: true; message: string } | { reason: "permission" | "status"; hidden: false; message: string };

export function checkAccess(subject: AccessSubject, rule: AccessRule): AccessDenial | null {
  const { org } = subject;
  if (rule.orgTypes && !rule.orgTypes.includes(org.type)) return { reason: "org-type", hidden: true, message: "Not found." };
  if (rule.flag && !subject.flags[rule.flag]) {
    const flag = FEATURE_FLAGS[rule.flag];
    const message = tierAtLeast(org.tier, flag.minTier)
      ? `${flag.label} is turned off for your organisation. A platform admin can turn it on.`
      : `${flag.label} is part of the ${TIERS[flag.minTier].label} plan; your organisation is on ${TIERS[org.tier].label}.`;
    return { reason: "flag", hidden: true, message };
  }
  if (rule.tier && !tierAtLeast(org.tier, rule.tier)) {
    return { reason: "tier", hidden: true, message: `${rule.feature} is part of the ${TIERS[rule.tier].label} plan; your organisation is on ${TIERS[org.tier].label}.` };
  }
  const status = STATUS_ACCESS[org.status];
  if (status === "none") return { reason: "status", hidden: false, message: describeClosedStatus(org.status) };
  if (status === "read-only" && rule.writes) {
    return {
      reason: "status",
      hidden: false,
      message: "Your organisation's subscription is past due, so the workspace is read-only. An organisation admin can settle the invoice to make changes again.",
    };
  }
  if (!hasPermission(subject.role, rule.permission)) {
    return { reason: "permission", hidden: false, message: `Your role (${subject.role}) cannot do this: it needs ${PERMISSION_MIN_ROLE[rule.permission]} or above.` };
  }
  return null;
}

export function describeClosedStatus(status: string): string {
  return status === "suspended"
    ? "Your organisation's workspace is suspended. Contact SCR Platform support to have it reinstated."
    : "Your organisation's subscription has ended, so its workspace is closed. Contact SCR Platform support to reopen it.";
}

/** For the UI: whether to offer a control at all. The action checks the same rule again. */
export function hasAccess(subject: AccessSubject, rule: AccessRule): boolean {
  return checkAccess(subject, rule) === null;
}

/** The plain facts access depends on, for client components (the navigation). */
export function toAccessSubject(tenant: AccessSubject): AccessSubject {
  return { org: { type: tenant.org.type, tier: tenant.org.tier, status: tenant.org.status }, role: tenant.role, flags: tenant.flags };
}
