import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/auth/tenant-context";

/** The countries the org has projects in, with how many: the list's country filter offers these. */
export async function listProjectCountries(tenant: Pick<TenantContext, "org">) {
  const groups = await db.project.groupBy({
    by: ["geographyCountry"],
    where: { orgId: tenant.org.id },
    _count: { _all: true },
    orderBy: { geographyCountry: "asc" },
  });
  return groups.map((group) => ({ code: group.geographyCountry, projects: group._count._all }));
}
