import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { createBudgetItemOperation } from "@/lib/api/budget/operations";
import { budgetAccess } from "@/lib/budget/access";
import { createBudgetItem } from "@/lib/budget/create-budget-item";

export const POST = apiRoute(createBudgetItemOperation, async ({ actor, params, body }) => {
  assertApiOrgType(actor, budgetAccess.write);
  return { data: await createBudgetItem(actor, { ...body, projectId: params.projectId }) };
});
