import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";

/** The most projects the proposal dialog offers; an ally lists a few dozen at most. */
const PROPOSABLE_SHOWN = 200;

export type ProposableProjectDto = { id: string; name: string };

/** The org's projects on the marketplace (published and ACTIVE): the ones it may propose to an investor. */
export async function listProposableProjects(tenant: Pick<TenantContext, "org">): Promise<ProposableProjectDto[]> {
  if (tenant.org.type !== "ALLY") return [];
  return db.project.findMany({
    where: { orgId: tenant.org.id, isPublished: true, status: "ACTIVE" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PROPOSABLE_SHOWN,
    select: { id: true, name: true },
  });
}
