"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { adminAccess } from "./access";
import { changeOrgStatus } from "./change-org-status";
import { changeOrgTier } from "./change-org-tier";
import { reinstateOrg } from "./reinstate-org";
import { changeOrgStatusSchema, changeOrgTierSchema, reinstateOrgSchema, setOrgAiBudgetSchema, setOrgFeatureFlagSchema, suspendOrgSchema } from "./schemas";
import { setOrgAiBudget } from "./set-org-ai-budget";
import { setOrgFeatureFlag } from "./set-org-feature-flag";
import { suspendOrg } from "./suspend-org";

/** Platform-only: another kind of org gets NOT_FOUND (adminAccess.manageOrgs names ADMIN orgs only). */
const revalidate = () => revalidatePath("/admin", "layout");

export const changeOrgTierAction = orgActionClient
  .metadata({ actionName: "changeOrgTier", access: adminAccess.manageOrgs })
  .inputSchema(changeOrgTierSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeOrgTier(ctx.actor, parsedInput);
    revalidate();
    return result;
  });

export const changeOrgStatusAction = orgActionClient
  .metadata({ actionName: "changeOrgStatus", access: adminAccess.manageOrgs })
  .inputSchema(changeOrgStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await changeOrgStatus(ctx.actor, parsedInput);
    revalidate();
    return result;
  });

export const setOrgAiBudgetAction = orgActionClient
  .metadata({ actionName: "setOrgAiBudget", access: adminAccess.manageOrgs })
  .inputSchema(setOrgAiBudgetSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setOrgAiBudget(ctx.actor, parsedInput);
    revalidate();
    return result;
  });

export const setOrgFeatureFlagAction = orgActionClient
  .metadata({ actionName: "setOrgFeatureFlag", access: adminAccess.manageOrgs })
  .inputSchema(setOrgFeatureFlagSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setOrgFeatureFlag(ctx.actor, parsedInput);
    revalidate();
    return result;
  });

export const suspendOrgAction = orgActionClient
  .metadata({ actionName: "suspendOrg", access: adminAccess.manageOrgs })
  .inputSchema(suspendOrgSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await suspendOrg(ctx.actor, parsedInput);
    revalidate();
    return result;
  });

export const reinstateOrgAction = orgActionClient
  .metadata({ actionName: "reinstateOrg", access: adminAccess.manageOrgs })
  .inputSchema(reinstateOrgSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await reinstateOrg(ctx.actor, parsedInput);
    revalidate();
    return result;
  });
