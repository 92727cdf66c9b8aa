import { auditedWrite } from "@/lib/audit/audited-write";
import { emit } from "@/lib/events/emit";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { getEditableProjectOrThrow } from "@/lib/projects/get-editable-project-or-throw";
import { assertProjectCurrency } from "./assert-project-currency";
import { matchExistingCategory } from "./match-existing-category";
import type { CreateBudgetItemInput } from "./schemas";
import { budgetItemAuditSnapshot, toBudgetItemDto } from "./to-budget-item-dto";

/** Adds a budget line in the project's currency. */
export async function createBudgetItem(actor: Actor | ApiKeyActor, input: CreateBudgetItemInput) {
  const project = await getEditableProjectOrThrow(actor, input.projectId);
  assertProjectCurrency(project.currency, input.currency);
  const created = await auditedWrite(actor, async (tx) => {
    await emit(tx, "budget.changed", { orgId: actor.org.id, projectId: project.id });
    const item = await tx.projectBudgetItem.create({
      data: {
        projectId: project.id,
        category: await matchExistingCategory(tx, project.id, input.category),
        description: input.description,
        estimatedAmount: input.estimatedAmount,
        actualAmount: input.actualAmount,
        currency: project.currency.trim(),
        status: input.status,
      },
    });
    return {
      result: toBudgetItemDto(item),
      audit: { action: "budget_item.created", entityType: "ProjectBudgetItem", entityId: item.id, changes: { after: budgetItemAuditSnapshot(item) } },
    };
  });
  return created;
}
