"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { createProject } from "./create-project";
import { createProjectSchema } from "./schemas";

export const createProjectAction = orgActionClient
  .metadata({ actionName: "createProject", permission: "projects.write", orgTypes: ["ALLY"] })
  .inputSchema(createProjectSchema)
  .action(async ({ parsedInput, ctx }) => {
    const project = await createProject(ctx.actor, parsedInput);
    revalidatePath("/projects");
    return { id: project.id };
  });
