import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { deleteBudgetItemOperation, updateBudgetItemOperation } from "@/lib/api/budget/operations";
import { updateApiBudgetItem } from "@/lib/api/budget/update-api-budget-item";
import { budgetAccess } from "@/lib/budget/access";
import { deleteBudgetItem } from "@/lib/budget/delete-budget-item";

export const PATCH = apiRoute(updateBudgetItemOperation, async ({ actor, params, body }) => ({ data: await updateApiBudgetItem(actor, params, body) }));

export const DELETE = apiRoute(deleteBudgetItemOperation, async ({ actor, params }) => {
  assertApiOrgType(actor, budgetAccess.write);
  return { data: await deleteBudgetItem(actor, params) };
});
