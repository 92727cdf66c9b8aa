import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { budgetAccess } from "@/lib/budget/access";
import { findBudgetItemOrThrow } from "@/lib/budget/find-budget-item-or-throw";
import { updateBudgetItemSchema } from "@/lib/budget/schemas";
import { type BudgetItemDto, toBudgetItemDto } from "@/lib/budget/to-budget-item-dto";
import { updateBudgetItem } from "@/lib/budget/update-budget-item";
import { db } from "@/lib/db/client";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { assertApiOrgType } from "../assert-api-org-type";
import { toApiValidationError } from "../to-api-validation-error";
import type { PatchApiBudgetItemBody } from "./budget-schema";

/**
 * A partial edit through the budget form's schema and updateBudgetItem (archived-project check,
 * currency rule, event, audit diff): the patch over the line as stored. As in the app, saving a
 * line left in an old currency moves it into the project's.
 */
export async function updateApiBudgetItem(actor: ApiKeyActor, ids: { projectId: string; budgetItemId: string }, patch: PatchApiBudgetItemBody): Promise<BudgetItemDto> {
  assertApiOrgType(actor, budgetAccess.write);
  const project = await getProjectOrThrow(actor, ids.projectId);
  const stored = toBudgetItemDto(await findBudgetItemOrThrow(db, project.id, ids.budgetItemId));
  const merged = {
    category: stored.category,
    description: stored.description,
    estimatedAmount: stored.estimatedAmount,
    actualAmount: stored.actualAmount,
    status: stored.status,
  };
  const parsed = updateBudgetItemSchema.safeParse({ ...merged, ...patch, projectId: project.id, budgetItemId: stored.id });
  if (!parsed.success) throw toApiValidationError(parsed.error);
  return updateBudgetItem(actor, parsed.data);
}
