import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { BudgetItemStatus } from "@/lib/budget/budget-constants";

export const BUDGET_STATUS_META: Record<BudgetItemStatus, { label: string; badge: BadgeVariant }> = {
  PLANNED: { label: "Planned", badge: "muted" },
  COMMITTED: { label: "Committed", badge: "info" },
  SPENT: { label: "Spent", badge: "success" },
};

export function BudgetStatusBadge({ status }: { status: BudgetItemStatus }) {
  const meta = BUDGET_STATUS_META[status];
  return <Badge variant={meta.badge}>{meta.label}</Badge>;
}
