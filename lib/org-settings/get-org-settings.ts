import { usesClerk } from "@/lib/auth/auth-mode";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { readBranding } from "./read-branding";
import { DEFAULT_BRANDING } from "./schemas";

/** The settings form's values for the tenant's org, as plain data. */
export async function getOrgSettings(tenant: Pick<TenantContext, "org">) {
  const org = await db.organization.findUnique({ where: { id: tenant.org.id } });
  if (!org) throw notFound("Organisation");
  const branding = readBranding(org.settings);
  return {
    name: org.name,
    logoUrl: org.logoUrl,
    primaryColor: branding.primaryColor ?? DEFAULT_BRANDING.primaryColor,
    accentColor: branding.accentColor ?? DEFAULT_BRANDING.accentColor,
    /** With Clerk the name is Clerk's organisation name, re-synced on sign-in. */
    nameManagedByClerk: usesClerk(),
  };
}
export type OrgSettingsDto = Awaited<ReturnType<typeof getOrgSettings>>;
