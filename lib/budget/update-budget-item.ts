import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { assertProjectCurrency } from "./assert-project-currency";
import { findBudgetItemOrThrow } from "./find-budget-item-or-throw";
import { matchExistingCategory } from "./match-existing-category";
import type { UpdateBudgetItemInput } from "./schemas";
import { budgetItemAuditSnapshot, toBudgetItemDto } from "./to-budget-item-dto";

/** Edits a budget line; saving it also moves a line left in an old currency into the project's. */
export async function updateBudgetItem(actor: Actor | ApiKeyActor, input: UpdateBudgetItemInput) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  assertProjectCurrency(project.currency, input.currency);
  const updated = await auditedWrite(actor, async (tx) => {
    await emit(tx, "budget.changed", { orgId: actor.org.id, projectId: project.id });
    const before = await findBudgetItemOrThrow(tx, project.id, input.budgetItemId);
    const data = {
      category: await matchExistingCategory(tx, project.id, input.category),
      description: input.description,
      estimatedAmount: new Prisma.Decimal(input.estimatedAmount),
      actualAmount: input.actualAmount === null ? null : new Prisma.Decimal(input.actualAmount),
      currency: project.currency.trim(),
      status: input.status,
    };
    const { count } = await tx.projectBudgetItem.updateMany({ where: { id: before.id, projectId: project.id }, data });
    if (count === 0) throw notFound("Budget line");
    const after = { ...before, ...data };
    return {
      result: toBudgetItemDto(after),
      audit: {
        action: "budget_item.updated",
        entityType: "ProjectBudgetItem",
        entityId: before.id,
        changes: diffChanges(budgetItemAuditSnapshot(before), budgetItemAuditSnapshot(after)),
      },
    };
  });
  return updated;
}
