import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { getObjectBytes } from "@/lib/storage/objects";
import { readBranding } from "./read-branding";

/** The tenant's own logo bytes; there is no way to ask for another org's. */
export async function getOrgLogo(tenant: Pick<TenantContext, "org">) {
  const org = await db.organization.findUnique({ where: { id: tenant.org.id }, select: { settings: true } });
  const { logoKey, logoContentType } = readBranding(org?.settings);
  if (!logoKey || !logoContentType || !logoKey.startsWith(`orgs/${tenant.org.id}/`)) throw notFound("Logo");
  return { bytes: await getObjectBytes(logoKey), contentType: logoContentType };
}
