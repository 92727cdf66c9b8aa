import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/**
 * A project on the marketplace (published and ACTIVE), whichever ally owns it: an investor may
 * take interest in any listed project. A draft, an unpublished project or an unknown id: 404.
 */
export async function findPublishedProjectOrThrow(projectId: string) {
  const project = looksLikeUuid(projectId)
    ? await db.project.findFirst({ where: { id: projectId, isPublished: true, status: "ACTIVE" }, select: { id: true, name: true, orgId: true } })
    : null;
  if (!project) throw notFound("Project");
  return project;
}
