import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/db/generated/client";
import { lockOrgForUpdate } from "@/lib/org-settings/lock-org-for-update";
import { platformAuditedWrite } from "./platform-audited-write";
import type { SetOrgAiBudgetInput } from "./schemas";

/** An org's own monthly AI budget in USD, or none (empty): then its plan's default applies (lib/ai/budget.ts). */
export async function setOrgAiBudget(actor: Actor, input: SetOrgAiBudgetInput) {
  return platformAuditedWrite(actor, input.orgId, async (tx) => {
    const org = await lockOrgForUpdate(tx, input.orgId);
    const next = input.budgetUsd === "" ? null : new Prisma.Decimal(input.budgetUsd);
    const before = org.aiMonthlyBudget?.toFixed(2) ?? null;
    const after = next?.toFixed(2) ?? null;
    if (before === after) return { result: { aiMonthlyBudget: after, changed: false }, audit: [] };
    await tx.organization.updateMany({ where: { id: org.id }, data: { aiMonthlyBudget: next } });
    return {
      result: { aiMonthlyBudget: after, changed: true },
      audit: {
        action: "organization.ai_budget_changed",
        entityType: "Organization",
        entityId: org.id,
        changes: { before: { aiMonthlyBudget: before }, after: { aiMonthlyBudget: after } },
      },
    };
  });
}
