"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { rethrowFieldErrors } from "@/lib/errors/rethrow-field-errors";
import { changeProjectStatus } from "./change-project-status";
import { createProject } from "./create-project";
import { publishProject, unpublishProject } from "./publish-project";
import { changeProjectStatusSchema, createProjectSchema, projectIdSchema, updateProjectSchema } from "./schemas";
import { toDottedFieldErrors } from "./to-dotted-field-errors";
import { updateProject } from "./update-project";
import { projectsAccess } from "./access";

const dottedErrors = { handleValidationErrorsShape: async (errors: unknown) => toDottedFieldErrors(errors) };

/** The list and every tab of the project show its name, status and badges. */
function revalidateProject(projectId: string) {
  revalidatePath("/projects");
  revalidatePath(`/projects/${projectId}`, "layout");
}

export const createProjectAction = orgActionClient
  .metadata({ actionName: "createProject", access: projectsAccess.write })
  .inputSchema(createProjectSchema, dottedErrors)
  .action(async ({ parsedInput, ctx }) => {
    const project = await createProject(ctx.actor, parsedInput).catch((error: unknown) => rethrowFieldErrors(createProjectSchema, error));
    revalidatePath("/projects");
    return { id: project.id };
  });

export const updateProjectAction = orgActionClient
  .metadata({ actionName: "updateProject", access: projectsAccess.write })
  .inputSchema(updateProjectSchema, dottedErrors)
  .action(async ({ parsedInput, ctx }) => {
    const project = await updateProject(ctx.actor, parsedInput).catch((error: unknown) => rethrowFieldErrors(updateProjectSchema, error));
    revalidateProject(project.id);
    return { id: project.id, updatedAt: project.updatedAt };
  });

/** Each transition's own permission (activate: analyst; suspend, archive, restore: manager) is checked by changeProjectStatus. */
export const changeProjectStatusAction = orgActionClient
  .metadata({ actionName: "changeProjectStatus", access: projectsAccess.write })
  .inputSchema(changeProjectStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    const project = await changeProjectStatus(ctx.actor, parsedInput);
    revalidateProject(project.id);
    return { status: project.status, isPublished: project.isPublished };
  });

export const publishProjectAction = orgActionClient
  .metadata({ actionName: "publishProject", access: projectsAccess.publish })
  .inputSchema(projectIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const project = await publishProject(ctx.actor, parsedInput.projectId);
    revalidateProject(project.id);
    return { isPublished: project.isPublished, publishedAt: project.publishedAt };
  });

export const unpublishProjectAction = orgActionClient
  .metadata({ actionName: "unpublishProject", access: projectsAccess.publish })
  .inputSchema(projectIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const project = await unpublishProject(ctx.actor, parsedInput.projectId);
    revalidateProject(project.id);
    return { isPublished: project.isPublished };
  });
