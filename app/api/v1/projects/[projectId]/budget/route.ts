import { apiRoute } from "@/lib/api/api-route";
import { assertApiOrgType } from "@/lib/api/assert-api-org-type";
import { getBudgetOperation } from "@/lib/api/budget/operations";
import { budgetAccess } from "@/lib/budget/access";
import { getProjectBudget } from "@/lib/budget/get-project-budget";

export const GET = apiRoute(getBudgetOperation, async ({ actor, params }) => {
  assertApiOrgType(actor, budgetAccess.read);
  return { data: await getProjectBudget(actor, params.projectId) };
});
