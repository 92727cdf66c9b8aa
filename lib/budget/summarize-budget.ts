import type { ProjectBudgetItem } from "@/lib/db/generated/client";
import { addLine, emptyAccumulator, toBudgetTotals, type BudgetTotals } from "./budget-variance";
import { toBudgetItemDto, type BudgetItemDto } from "./to-budget-item-dto";

export type BudgetCategory = { category: string; items: BudgetItemDto[]; totals: BudgetTotals };

export type BudgetSummary = {
  currency: string;
  categories: BudgetCategory[];
  totals: BudgetTotals;
  /** Lines in another currency (written before the project currency changed): listed, never added in. */
  foreignItems: BudgetItemDto[];
};

/**
 * Groups lines by category (largest estimate first) with totals per category and overall, in
 * exact decimals, in the project currency only.
 */
export function summarizeBudget(items: ProjectBudgetItem[], projectCurrency: string): BudgetSummary {
  const currency = projectCurrency.trim();
  const groups = new Map<string, { items: ProjectBudgetItem[]; total: ReturnType<typeof emptyAccumulator> }>();
  let overall = emptyAccumulator();
  const foreignItems: BudgetItemDto[] = [];
  for (const item of items) {
    if (item.currency.trim() !== currency) {
      foreignItems.push(toBudgetItemDto(item));
      continue;
    }
    const group = groups.get(item.category) ?? { items: [], total: emptyAccumulator() };
    group.items.push(item);
    group.total = addLine(group.total, item);
    groups.set(item.category, group);
    overall = addLine(overall, item);
  }
  const categories = [...groups.entries()]
    .sort(([nameA, a], [nameB, b]) => b.total.estimated.comparedTo(a.total.estimated) || nameA.localeCompare(nameB))
    .map(([category, group]) => ({ category, items: group.items.map(toBudgetItemDto), totals: toBudgetTotals(group.total) }));
  return { currency, categories, totals: toBudgetTotals(overall), foreignItems };
}
