import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getMandateOrThrow } from "./get-mandate-or-throw";
import type { SetMandateActiveInput } from "./schemas";
import { toMandateDto } from "./to-mandate-dto";

/**
 * Pauses (active false) or resumes a mandate: a paused one is not matched. Asking for the state
 * it is already in writes nothing, so a double click does not rescore twice.
 */
export async function setMandateActive(actor: Actor, input: SetMandateActiveInput) {
  return auditedWrite(actor, async (tx) => {
    const current = await getMandateOrThrow(actor, input.mandateId, tx);
    if (current.isActive === input.active) return { result: toMandateDto(current), audit: [] };
    const { count } = await tx.investorMandate.updateMany({ where: { id: current.id, orgId: actor.org.id }, data: { isActive: input.active } });
    if (count === 0) throw notFound("Mandate");
    await emit(tx, "mandate.changed", { orgId: actor.org.id, mandateId: current.id });
    const mandate = await getMandateOrThrow(actor, current.id, tx);
    return {
      result: toMandateDto(mandate),
      audit: {
        action: input.active ? "mandate.resumed" : "mandate.paused",
        entityType: "InvestorMandate",
        entityId: mandate.id,
        changes: { before: { isActive: current.isActive }, after: { isActive: mandate.isActive } },
      },
    };
  });
}
