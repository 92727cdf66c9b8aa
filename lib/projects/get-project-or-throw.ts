import { cache } from "react";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/**
 * One read per request while a page renders: a project page's layout, the page and the loaders
 * under it each ask for the project (five reads of the whole row before). React's cache memoises
 * only inside a server render, so actions, route handlers and jobs still read afresh after a write.
 */
const findOrgProject = cache((orgId: string, projectId: string) => db.project.findFirst({ where: { id: projectId, orgId } }));

/** A project of the tenant's org; any other id (another tenant's, or none) is the same 404. */
export async function getProjectOrThrow(tenant: { org: Pick<TenantContext["org"], "id"> }, projectId: string) {
  const project = looksLikeUuid(projectId) ? await findOrgProject(tenant.org.id, projectId) : null;
  if (!project) throw notFound("Project");
  return project;
}
