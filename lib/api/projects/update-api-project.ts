import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { projectsAccess } from "@/lib/projects/access";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { type UpdateProjectInput, updateProjectSchema } from "@/lib/projects/schemas";
import { type ProjectDto, toProjectDto } from "@/lib/projects/to-project-dto";
import { updateProject } from "@/lib/projects/update-project";
import { assertApiOrgType } from "../assert-api-org-type";
import { toApiValidationError } from "../to-api-validation-error";
import type { PatchApiProjectBody } from "./write-schemas";

/** The stored project as the edit form would submit it unchanged, less the technology details (stored already normalised). */
function toFormInput(project: ProjectDto) {
  return {
    projectId: project.id,
    name: project.name,
    slug: project.slug,
    description: project.description ?? "",
    projectType: project.projectType,
    stage: project.stage,
    geographyCountry: project.geographyCountry,
    geographyRegion: project.geographyRegion ?? "",
    latitude: project.geographyCoordinates?.lat,
    longitude: project.geographyCoordinates?.lng,
    capacityMw: project.capacityMw ?? undefined,
    totalInvestmentRequired: project.totalInvestmentRequired,
    currency: project.currency,
    targetCloseDate: project.targetCloseDate ?? undefined,
    expectedUpdatedAt: project.updatedAt,
  };
}

/**
 * A partial edit through the edit form's schema and updateProject (slug check, audit diff, event):
 * the patch over the stored values, null clearing a field. Without expectedUpdatedAt the write is
 * still conditional on the version just read, so a concurrent save is never overwritten silently.
 */
export async function updateApiProject(actor: ApiKeyActor, projectId: string, patch: PatchApiProjectBody): Promise<ProjectDto> {
  assertApiOrgType(actor, projectsAccess.write);
  const current = toProjectDto(await getProjectOrThrow(actor, projectId));
  const changes = Object.fromEntries(Object.entries(patch).map(([field, value]) => [field, value ?? undefined]));
  const parsed = updateProjectSchema.safeParse({ ...toFormInput(current), ...changes });
  if (!parsed.success) throw toApiValidationError(parsed.error);
  // Stored details are fractions where the form takes percentages: kept as stored unless sent, and
  // dropped with a change of type (they describe another technology).
  const keepDetails = !("technologyDetails" in patch) && parsed.data.projectType === current.projectType;
  const technologyDetails = keepDetails ? (current.technologyDetails ?? undefined) : parsed.data.technologyDetails;
  return updateProject(actor, { ...parsed.data, technologyDetails } as UpdateProjectInput);
}
