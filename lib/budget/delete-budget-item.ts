import { auditedWrite } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { findBudgetItemOrThrow } from "./find-budget-item-or-throw";
import type { BudgetItemRef } from "./schemas";
import { budgetItemAuditSnapshot } from "./to-budget-item-dto";

/** Deletes a budget line; the audit row keeps what it was, with its project. */
export async function deleteBudgetItem(actor: Actor | ApiKeyActor, input: BudgetItemRef) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  await auditedWrite(actor, async (tx) => {
    await emit(tx, "budget.changed", { orgId: actor.org.id, projectId: project.id });
    const before = await findBudgetItemOrThrow(tx, project.id, input.budgetItemId);
    const { count } = await tx.projectBudgetItem.deleteMany({ where: { id: before.id, projectId: project.id } });
    if (count === 0) throw notFound("Budget line");
    return {
      result: null,
      audit: { action: "budget_item.deleted", entityType: "ProjectBudgetItem", entityId: before.id, changes: { before: budgetItemAuditSnapshot(before) } },
    };
  });
  return { id: input.budgetItemId };
}
