"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { activatePromptVersion } from "./activate-prompt-version";
import { createPromptVersion } from "./create-prompt-version";
import { activatePromptVersionSchema, createPromptVersionSchema } from "./schemas";
import { promptsAccess } from "./access";

export const createPromptVersionAction = orgActionClient
  .metadata({ actionName: "createPromptVersion", access: promptsAccess.manage })
  .inputSchema(createPromptVersionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await createPromptVersion(ctx.actor, parsedInput);
    revalidatePath("/admin/prompts", "layout");
    return created;
  });

export const activatePromptVersionAction = orgActionClient
  .metadata({ actionName: "activatePromptVersion", access: promptsAccess.manage })
  .inputSchema(activatePromptVersionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const activated = await activatePromptVersion(ctx.actor, parsedInput.promptId);
    revalidatePath("/admin/prompts", "layout");
    return activated;
  });
