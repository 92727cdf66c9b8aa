"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { rethrowFieldErrors } from "@/lib/errors/rethrow-field-errors";
import { removeOrgLogo } from "./remove-org-logo";
import { chooseOrgTypeSchema, updateOrgSettingsSchema, uploadOrgLogoSchema } from "./schemas";
import { chooseOrgType } from "./choose-org-type";
import { redirect } from "next/navigation";
import { updateOrgSettings } from "./update-org-settings";
import { uploadOrgLogo } from "./upload-org-logo";
import { orgSettingsAccess } from "./access";

/** Name and logo show in the shell of every page, so the whole layout is revalidated. */
const revalidateShell = () => revalidatePath("/", "layout");

export const updateOrgSettingsAction = orgActionClient
  .metadata({ actionName: "updateOrgSettings", access: orgSettingsAccess.manage })
  .inputSchema(updateOrgSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateOrgSettings(ctx.actor, parsedInput).catch((error: unknown) => rethrowFieldErrors(updateOrgSettingsSchema, error));
    revalidateShell();
    return { saved: true };
  });

export const uploadOrgLogoAction = orgActionClient
  .metadata({ actionName: "uploadOrgLogo", access: orgSettingsAccess.manage })
  .inputSchema(uploadOrgLogoSchema)
  .action(async ({ parsedInput, ctx }) => {
    const bytes = new Uint8Array(await parsedInput.logo.arrayBuffer());
    const { logoUrl } = await uploadOrgLogo(ctx.actor, bytes).catch((error: unknown) => rethrowFieldErrors(uploadOrgLogoSchema, error));
    revalidateShell();
    return { logoUrl };
  });

export const removeOrgLogoAction = orgActionClient.metadata({ actionName: "removeOrgLogo", access: orgSettingsAccess.manage }).action(async ({ ctx }) => {
  await removeOrgLogo(ctx.actor);
  revalidateShell();
  return { removed: true };
});

export const chooseOrgTypeAction = orgActionClient
  .metadata({ actionName: "chooseOrgType", access: orgSettingsAccess.manage })
  .inputSchema(chooseOrgTypeSchema)
  .action(async ({ parsedInput, ctx }) => {
    await chooseOrgType(ctx.actor, parsedInput);
    revalidateShell();
    redirect("/dashboard");
  });
