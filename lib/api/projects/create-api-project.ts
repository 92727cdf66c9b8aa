import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { projectsAccess } from "@/lib/projects/access";
import { createProject } from "@/lib/projects/create-project";
import type { CreateProjectInput } from "@/lib/projects/schemas";
import type { ProjectDto } from "@/lib/projects/to-project-dto";
import { assertApiOrgType } from "../assert-api-org-type";

/** A new DRAFT project, as the new-project form makes one; only a developer (ALLY) org has projects. */
export async function createApiProject(actor: ApiKeyActor, input: CreateProjectInput): Promise<ProjectDto> {
  assertApiOrgType(actor, projectsAccess.write);
  return createProject(actor, input);
}
