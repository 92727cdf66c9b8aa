import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { moneySchema } from "@/lib/projects/schemas";
import { BUDGET_ITEM_STATUSES, type BudgetItemStatus } from "./budget-constants";

const budgetItemFields = z.object({
  projectId: z.uuid("Unknown project."),
  category: z
    .string("Enter a category.")
    .trim()
    .min(2, "Enter a category, e.g. EPC or Legal.")
    .max(255, "Keep the category under 255 characters.")
    .refine(hasNoNul, NUL_MESSAGE)
    .transform((value) => value.replace(/\s+/g, " ")),
  description: z
    .string("Describe the line item.")
    .trim()
    .min(2, "Describe the line item.")
    .max(1000, "Keep the description under 1,000 characters.")
    .refine(hasNoNul, NUL_MESSAGE),
  estimatedAmount: moneySchema,
  /** Empty until money is spent or contracted. */
  actualAmount: moneySchema.nullable(),
  /** Optional; when sent it must be the project's currency (checked on the server, where that is known). */
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 currency code.")
    .optional(),
  status: z.enum(BUDGET_ITEM_STATUSES, "Choose a status."),
});

function checkSpentHasActual(value: { status: BudgetItemStatus; actualAmount: string | null }, ctx: z.RefinementCtx) {
  if (value.status === "SPENT" && value.actualAmount === null) {
    ctx.addIssue({ code: "custom", path: ["actualAmount"], message: "A spent line needs its actual amount." });
  }
}

export const createBudgetItemSchema = budgetItemFields.superRefine(checkSpentHasActual);
export type CreateBudgetItemInput = z.infer<typeof createBudgetItemSchema>;

/** The public API's body for a new line: the form's fields and rules, the project coming from the path. */
export const budgetItemBodySchema = budgetItemFields.omit({ projectId: true }).superRefine(checkSpentHasActual);

export const updateBudgetItemSchema = budgetItemFields.extend({ budgetItemId: z.uuid("Unknown budget line.") }).superRefine(checkSpentHasActual);
export type UpdateBudgetItemInput = z.infer<typeof updateBudgetItemSchema>;

export const budgetItemRefSchema = z.object({ projectId: z.uuid("Unknown project."), budgetItemId: z.uuid("Unknown budget line.") });
export type BudgetItemRef = z.infer<typeof budgetItemRefSchema>;
