"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { dealScreeningAccess } from "./access";
import { screenProject } from "./screen-project";
import { screenProjectSchema } from "./schemas";

export const screenProjectAction = orgActionClient
  .metadata({ actionName: "screenProject", access: dealScreeningAccess.run, rateLimit: "ai" })
  .inputSchema(screenProjectSchema)
  .action(async ({ parsedInput, ctx }) => {
    const requested = await screenProject(ctx.actor, parsedInput.projectId);
    revalidatePath("/pipeline", "layout");
    return requested;
  });
