import "server-only";
import { db } from "@/lib/db/client";
import { assertOrgType } from "@/lib/auth/permissions";
import type { OrgType, TenantContext } from "@/lib/auth/tenant-context";

export type PlatformSummary = {
  organisationsByType: Record<OrgType, number>;
  totalOrganisations: number;
  activeUsers: number;
  inactiveUsers: number;
};

/**
 * unsafe: counts every tenant. Only the ADMIN org's dashboard calls it: that org operates the
 * platform and watches its size. It returns counts only, no tenant's names or records, and it
 * refuses (as a 404) any other kind of org.
 */
export async function unsafeGetPlatformSummary(tenant: TenantContext): Promise<PlatformSummary> {
  assertOrgType(tenant.org.type, ["ADMIN"]);
  const [orgRows, userRows] = await Promise.all([
    db.organization.groupBy({ by: ["type"], _count: { _all: true } }),
    db.user.groupBy({ by: ["isActive"], _count: { _all: true } }),
  ]);
  const organisationsByType: Record<OrgType, number> = { ALLY: 0, INVESTOR: 0, ADMIN: 0 };
  for (const row of orgRows) organisationsByType[row.type] = row._count._all;
  return {
    organisationsByType,
    totalOrganisations: orgRows.reduce((sum, row) => sum + row._count._all, 0),
    activeUsers: userRows.find((row) => row.isActive)?._count._all ?? 0,
    inactiveUsers: userRows.find((row) => !row.isActive)?._count._all ?? 0,
  };
}
