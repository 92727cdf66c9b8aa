"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { investmentMemosAccess } from "./access";
import { requestInvestmentMemo } from "./request-memo";
import { deleteInvestmentMemo } from "./delete-memo";
import { saveInvestmentMemo } from "./save-memo";
import { deleteMemoSchema, generateMemoSchema, saveMemoSchema } from "./schemas";

export const generateMemoAction = orgActionClient
  .metadata({ actionName: "generateMemo", access: investmentMemosAccess.generate, rateLimit: "ai" })
  .inputSchema(generateMemoSchema)
  .action(async ({ parsedInput, ctx }) => {
    const requested = await requestInvestmentMemo(ctx.actor, parsedInput.entryId);
    revalidatePath(`/pipeline/${parsedInput.entryId}/memo`, "layout");
    return requested;
  });

export const saveMemoAction = orgActionClient
  .metadata({ actionName: "saveMemo", access: investmentMemosAccess.write })
  .inputSchema(saveMemoSchema)
  .action(async ({ parsedInput, ctx }) => saveInvestmentMemo(ctx.actor, parsedInput));

export const deleteMemoAction = orgActionClient
  .metadata({ actionName: "deleteMemo", access: investmentMemosAccess.write })
  .inputSchema(deleteMemoSchema)
  .action(async ({ parsedInput, ctx }) => {
    const deleted = await deleteInvestmentMemo(ctx.actor, parsedInput);
    revalidatePath("/pipeline", "layout");
    return deleted;
  });
