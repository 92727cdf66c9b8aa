import type { ProjectBudgetItem } from "@/lib/db/generated/client";
import { lineVariance } from "./budget-variance";

/** What pages and client components get of a budget line: amounts as 4-decimal strings. */
export function toBudgetItemDto(item: ProjectBudgetItem) {
  const variance = lineVariance(item);
  return {
    id: item.id,
    category: item.category,
    description: item.description,
    estimatedAmount: item.estimatedAmount.toFixed(4),
    actualAmount: item.actualAmount?.toFixed(4) ?? null,
    currency: item.currency.trim(),
    status: item.status,
    variance: variance?.amount ?? null,
    variancePct: variance?.pct ?? null,
  };
}
export type BudgetItemDto = ReturnType<typeof toBudgetItemDto>;

/** The audited view of a line: projectId included, so a deleted line still belongs to its project's history. */
export function budgetItemAuditSnapshot(item: ProjectBudgetItem) {
  return {
    projectId: item.projectId,
    category: item.category,
    description: item.description,
    estimatedAmount: item.estimatedAmount.toFixed(4),
    actualAmount: item.actualAmount?.toFixed(4) ?? null,
    currency: item.currency.trim(),
    status: item.status,
  };
}
