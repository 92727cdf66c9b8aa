import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { type ProjectDto, toProjectDto } from "@/lib/projects/to-project-dto";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/**
 * A project of the key's org; another org's id, or none, is the same 404. getProjectOrThrow would
 * do but takes a whole TenantContext org, which a key's principal does not carry.
 */
export async function getApiProject(actor: Pick<ApiKeyActor, "org">, projectId: string): Promise<ProjectDto> {
  const project = looksLikeUuid(projectId) ? await db.project.findFirst({ where: { id: projectId, orgId: actor.org.id } }) : null;
  if (!project) throw notFound("Project");
  return toProjectDto(project);
}
