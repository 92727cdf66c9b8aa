"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { marketplaceAccess } from "../access";
import { createSavedSearch, deleteSavedSearch, updateSavedSearch } from "./save-search";
import { createSavedSearchSchema, savedSearchIdSchema, updateSavedSearchSchema } from "./schemas";

export const createSavedSearchAction = orgActionClient
  .metadata({ actionName: "createSavedSearch", access: marketplaceAccess.follow })
  .inputSchema(createSavedSearchSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createSavedSearch(ctx.actor, parsedInput);
    revalidatePath("/marketplace/saved");
    return result;
  });

export const updateSavedSearchAction = orgActionClient
  .metadata({ actionName: "updateSavedSearch", access: marketplaceAccess.follow })
  .inputSchema(updateSavedSearchSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateSavedSearch(ctx.actor, parsedInput);
    revalidatePath("/marketplace/saved");
    return result;
  });

export const deleteSavedSearchAction = orgActionClient
  .metadata({ actionName: "deleteSavedSearch", access: marketplaceAccess.follow })
  .inputSchema(savedSearchIdSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await deleteSavedSearch(ctx.actor, parsedInput.savedSearchId);
    revalidatePath("/marketplace/saved");
    return result;
  });
