"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { marketplaceAccess } from "./access";
import { setWatchSchema, updateListingSettingsSchema } from "./schemas";
import { setProjectWatch } from "./set-project-watch";
import { updateListingSettings } from "./update-listing-settings";

export const setProjectWatchAction = orgActionClient
  .metadata({ actionName: "setProjectWatch", access: marketplaceAccess.follow })
  .inputSchema(setWatchSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setProjectWatch(ctx.actor, parsedInput);
    revalidatePath(`/marketplace/${parsedInput.projectId}`);
    return result;
  });

export const updateListingSettingsAction = orgActionClient
  .metadata({ actionName: "updateListingSettings", access: marketplaceAccess.configureListing })
  .inputSchema(updateListingSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateListingSettings(ctx.actor, parsedInput);
    revalidatePath(`/projects/${parsedInput.projectId}`, "layout");
    return result;
  });
