import { z } from "zod";
import { budgetItemBodySchema } from "@/lib/budget/schemas";
import { defineApiOperation } from "../define-api-operation";
import { apiBudgetItemSchema, apiBudgetSchema, patchApiBudgetItemBodySchema } from "./budget-schema";

const projectParams = z.object({ projectId: z.uuid().meta({ description: "The project's id." }) });
const itemParams = projectParams.extend({ budgetItemId: z.uuid().meta({ description: "The budget line's id." }) });
const ALLY_ONLY = "Projects are a developer's (ALLY org's): another kind of org's key, and another org's project, get 404.";

export const getBudgetOperation = defineApiOperation({
  id: "getBudget",
  method: "GET",
  path: "/projects/{projectId}/budget",
  scope: "projects:read",
  tag: "Budget",
  summary: "Get a project's budget: its lines by category, with totals and variance",
  description: ALLY_ONLY,
  params: projectParams,
  response: z.object({ data: apiBudgetSchema }),
});

export const createBudgetItemOperation = defineApiOperation({
  id: "createBudgetItem",
  method: "POST",
  path: "/projects/{projectId}/budget-items",
  scope: "projects:write",
  tag: "Budget",
  summary: "Add a budget line",
  description:
    "Validated as the app's budget form. Lines are kept in the project's currency: a currency sent must be it (422 otherwise). A category matching an " +
    `existing one in another case joins it. An archived project's plan is read-only (409). ${ALLY_ONLY}`,
  params: projectParams,
  body: budgetItemBodySchema.meta({ id: "BudgetItemCreate" }),
  response: z.object({ data: apiBudgetItemSchema }),
  successStatus: 201,
  writes: true,
});

export const updateBudgetItemOperation = defineApiOperation({
  id: "updateBudgetItem",
  method: "PATCH",
  path: "/projects/{projectId}/budget-items/{budgetItemId}",
  scope: "projects:write",
  tag: "Budget",
  summary: "Change some of a budget line's fields",
  description: `Send only the fields to change; the result must pass the budget form's rules (a SPENT line needs its actual amount). ${ALLY_ONLY}`,
  params: itemParams,
  body: patchApiBudgetItemBodySchema,
  response: z.object({ data: apiBudgetItemSchema }),
  writes: true,
});

export const deleteBudgetItemOperation = defineApiOperation({
  id: "deleteBudgetItem",
  method: "DELETE",
  path: "/projects/{projectId}/budget-items/{budgetItemId}",
  scope: "projects:write",
  tag: "Budget",
  summary: "Delete a budget line",
  description:
    "As the app's delete (which asks to confirm first: this request is the confirmation): the audit row keeps everything the line was. " +
    `An archived project's budget is read-only (409). ${ALLY_ONLY}`,
  params: itemParams,
  response: z.object({ data: z.object({ id: z.uuid() }) }),
  writes: true,
});
