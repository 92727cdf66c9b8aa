import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { getListedProjectOrThrow } from "@/lib/marketplace/get-listed-project-or-throw";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/**
 * A project the investor may hold: one it can see on the platform, that is a marketplace listing
 * (the listing gate) or a deal in its own pipeline (it was listed when it entered, and the deal
 * stays the investor's even if the ally unlists it later). Anything else is the listing's 404.
 */
export async function getHoldableProjectOrThrow(scope: { org: { id: string } }, projectId: string) {
  const inPipeline = looksLikeUuid(projectId)
    ? await db.dealPipelineEntry.findFirst({
        where: { orgId: scope.org.id, projectId },
        select: { project: { select: { id: true, name: true, currency: true } } },
      })
    : null;
  if (inPipeline) return inPipeline.project;
  const listed = await getListedProjectOrThrow(projectId);
  return { id: listed.id, name: listed.name, currency: listed.currency };
}

/** The projects the add-holding form offers: the org's pipeline first, then listings, by name. */
export async function listHoldableProjects(scope: Pick<TenantContext, "org">) {
  const [pipeline, listed] = await Promise.all([
    db.dealPipelineEntry.findMany({ where: { orgId: scope.org.id }, select: { project: { select: { id: true, name: true, currency: true } } } }),
    db.project.findMany({
      where: { isPublished: true, status: "ACTIVE" },
      select: { id: true, name: true, currency: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 200,
    }),
  ]);
  const seen = new Set<string>();
  const options: { id: string; name: string; currency: string; inPipeline: boolean }[] = [];
  for (const { project } of pipeline.sort((a, b) => a.project.name.localeCompare(b.project.name))) {
    if (!seen.has(project.id)) seen.add(project.id), options.push({ ...project, inPipeline: true });
  }
  for (const project of listed) if (!seen.has(project.id)) seen.add(project.id), options.push({ ...project, inPipeline: false });
  return options;
}
