import { apiRoute } from "@/lib/api/api-route";
import { updateApiBudgetItem } from "@/lib/api/budget/update-api-budget-item";
import { updateBudgetItemOperation } from "@/lib/api/budget/operations";

export const PATCH = apiRoute(updateBudgetItemOperation, async ({ actor, params, body }) => ({ data: await updateApiBudgetItem(actor, params, body) }));
