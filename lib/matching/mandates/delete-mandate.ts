import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getMandateOrThrow } from "./get-mandate-or-throw";
import { readMandateValues } from "./to-mandate-dto";

/**
 * Deletes a mandate; the audit row keeps what it said. Its untouched system suggestions go with it,
 * in the same transaction, so the inbox never shows a suggestion for a mandate that is gone. Rows
 * someone acted on stay (match_results.mandate_id becomes NULL): a conversation already started
 * with an ally must not vanish with the mandate.
 */
export async function deleteMandate(actor: Actor, mandateId: string) {
  return auditedWrite(actor, async (tx) => {
    const current = await getMandateOrThrow(actor, mandateId, tx);
    await tx.matchResult.deleteMany({ where: { mandateId: current.id, investorOrgId: actor.org.id, status: "SUGGESTED", initiatedBy: "SYSTEM" } });
    const { count } = await tx.investorMandate.deleteMany({ where: { id: current.id, orgId: actor.org.id } });
    if (count === 0) throw notFound("Mandate");
    await emit(tx, "mandate.changed", { orgId: actor.org.id, mandateId: current.id });
    return {
      result: { id: current.id },
      audit: {
        action: "mandate.deleted",
        entityType: "InvestorMandate",
        entityId: current.id,
        changes: { before: { ...readMandateValues(current), isActive: current.isActive } },
      },
    };
  });
}
