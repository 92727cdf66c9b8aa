import { cache } from "react";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { orgScope } from "./org-scope";

const findListedProject = cache((projectId: string) =>
  db.project.findFirst({
    where: { id: projectId, isPublished: true, status: "ACTIVE" },
    include: { org: true, marketplaceSettings: true },
  }),
);

/**
 * A project on the marketplace: published and ACTIVE, whichever ally owns it (showing every ally's
 * listings to investors is the marketplace's purpose). A draft, archived or unpublished project,
 * or an unknown id, is the same 404.
 */
export async function getListedProjectOrThrow(projectId: string) {
  const project = looksLikeUuid(projectId) ? await findListedProject(projectId) : null;
  if (!project) throw notFound("Project");
  return project;
}

export type ListedProject = Awaited<ReturnType<typeof getListedProjectOrThrow>>;

/** What investors see beyond the overview and map pin; an ally who never chose shows everything. */
export function listingVisibility(project: Pick<ListedProject, "marketplaceSettings">) {
  const settings = project.marketplaceSettings;
  return {
    showMilestones: settings?.showMilestones ?? true,
    showBudget: settings?.showBudget ?? true,
    showSignalScore: settings?.showSignalScore ?? true,
    showDocuments: settings?.showDocuments ?? true,
  };
}

/** The listed project's own org as a read scope, for the org-scoped loaders of its milestones and budget. */
export function listedProjectScope(project: Pick<ListedProject, "org">): Pick<TenantContext, "org"> {
  return orgScope(project.org);
}
