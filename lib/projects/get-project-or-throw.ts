import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** A project of the tenant's org; any other id (another tenant's, or none) is the same 404. */
export async function getProjectOrThrow(tenant: Pick<TenantContext, "org">, projectId: string) {
  const project = looksLikeUuid(projectId) ? await db.project.findFirst({ where: { id: projectId, orgId: tenant.org.id } }) : null;
  if (!project) throw notFound("Project");
  return project;
}
