import { z } from "zod";
import { BUDGET_ITEM_STATUSES } from "@/lib/budget/budget-constants";

const decimalText = z.string().meta({ description: "A decimal as text, so no precision is lost.", example: "250000.0000" });
const percentText = z
  .string()
  .nullable()
  .meta({ description: "Percent of the estimate, one decimal place; null before there is an actual (or when the estimate is 0)." });

/** One line of a project's budget (toBudgetItemDto's shape). */
export const apiBudgetItemSchema = z
  .object({
    id: z.uuid(),
    category: z.string(),
    description: z.string(),
    estimatedAmount: decimalText,
    actualAmount: decimalText.nullable(),
    currency: z.string().length(3),
    status: z.enum(BUDGET_ITEM_STATUSES),
    variance: decimalText.nullable().meta({ description: "Actual less estimate; null until there is an actual." }),
    variancePct: percentText,
  })
  .meta({ id: "BudgetItem" });

const apiBudgetTotalsSchema = z
  .object({
    estimated: decimalText,
    actual: decimalText,
    estimatedWithActual: decimalText.meta({ description: "The estimates of the lines that have an actual: what the variance is measured against." }),
    variance: decimalText.nullable(),
    variancePct: percentText,
    lines: z.number().int(),
    linesWithActual: z.number().int(),
  })
  .meta({ id: "BudgetTotals" });

/** The budget as the app's budget tab shows it: by category, largest first, totals in the project currency. */
export const apiBudgetSchema = z
  .object({
    currency: z.string().length(3),
    categories: z.array(z.object({ category: z.string(), items: z.array(apiBudgetItemSchema), totals: apiBudgetTotalsSchema })),
    totals: apiBudgetTotalsSchema,
    foreignItems: z.array(apiBudgetItemSchema).meta({ description: "Lines in another currency (from before the project's currency changed): listed, never added in." }),
  })
  .meta({ id: "Budget" });

/** PATCH: the fields to change; the result must pass the budget form's rules. */
export const patchApiBudgetItemBodySchema = z
  .strictObject({
    category: z.string(),
    description: z.string(),
    estimatedAmount: z.string().meta({ description: "A decimal as text, up to 4 places." }),
    actualAmount: z.string().nullable().meta({ description: "A decimal as text; null clears it." }),
    status: z.enum(BUDGET_ITEM_STATUSES),
  })
  .partial()
  .meta({ id: "BudgetItemPatch" });
export type PatchApiBudgetItemBody = z.output<typeof patchApiBudgetItemBodySchema>;
