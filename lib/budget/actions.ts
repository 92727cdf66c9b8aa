"use server";

import { revalidatePath } from "next/cache";
import { orgActionClient } from "@/lib/auth/action-clients";
import { rethrowFieldErrors } from "@/lib/errors/rethrow-field-errors";
import { createBudgetItem } from "./create-budget-item";
import { deleteBudgetItem } from "./delete-budget-item";
import { budgetItemRefSchema, createBudgetItemSchema, updateBudgetItemSchema } from "./schemas";
import { updateBudgetItem } from "./update-budget-item";
import { budgetAccess } from "./access";

const budgetAction = (actionName: string) => orgActionClient.metadata({ actionName, access: budgetAccess.write });

function revalidateProject(projectId: string) {
  revalidatePath(`/projects/${projectId}`, "layout");
  revalidatePath("/dashboard");
}

/** The currency check knows its field: report it next to the input, like a zod failure. */
async function withFieldErrors<T>(schema: typeof createBudgetItemSchema | typeof updateBudgetItemSchema, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    rethrowFieldErrors(schema, error);
  }
}

export const createBudgetItemAction = budgetAction("createBudgetItem")
  .inputSchema(createBudgetItemSchema)
  .action(async ({ parsedInput, ctx }) => {
    const item = await withFieldErrors(createBudgetItemSchema, () => createBudgetItem(ctx.actor, parsedInput));
    revalidateProject(parsedInput.projectId);
    return { id: item.id };
  });

export const updateBudgetItemAction = budgetAction("updateBudgetItem")
  .inputSchema(updateBudgetItemSchema)
  .action(async ({ parsedInput, ctx }) => {
    const item = await withFieldErrors(updateBudgetItemSchema, () => updateBudgetItem(ctx.actor, parsedInput));
    revalidateProject(parsedInput.projectId);
    return { id: item.id };
  });

export const deleteBudgetItemAction = budgetAction("deleteBudgetItem")
  .inputSchema(budgetItemRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const deleted = await deleteBudgetItem(ctx.actor, parsedInput);
    revalidateProject(parsedInput.projectId);
    return deleted;
  });
