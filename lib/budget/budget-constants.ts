/** Shared by the server schemas and the client form, without pulling zod schemas into the browser. */
export const BUDGET_ITEM_STATUSES = ["PLANNED", "COMMITTED", "SPENT"] as const;
export type BudgetItemStatus = (typeof BUDGET_ITEM_STATUSES)[number];

/** Common capital-budget categories, offered as suggestions; any other category is allowed. */
export const SUGGESTED_BUDGET_CATEGORIES = [
  "Development",
  "Legal",
  "EPC",
  "Equipment",
  "Civil Works",
  "Grid Connection",
  "Land",
  "Permitting",
  "Insurance",
  "Financing Costs",
  "Owner's Costs",
  "Contingency",
] as const;
