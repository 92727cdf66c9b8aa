import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { emit } from "@/lib/events/emit";
import { toMandateValues, toMandateWriteData } from "./mandate-values";
import type { CreateMandateInput } from "./schemas";
import { toMandateDto } from "./to-mandate-dto";

/** A new, active mandate of the actor's org; the rescoring job hears of it through mandate.changed. */
export async function createMandate(actor: Actor, input: CreateMandateInput) {
  const values = toMandateValues(input);
  return auditedWrite(actor, async (tx) => {
    const mandate = await tx.investorMandate.create({ data: { ...toMandateWriteData(values), orgId: actor.org.id, createdBy: actor.user.id } });
    await emit(tx, "mandate.changed", { orgId: actor.org.id, mandateId: mandate.id });
    return {
      result: toMandateDto(mandate),
      audit: { action: "mandate.created", entityType: "InvestorMandate", entityId: mandate.id, changes: { after: values } },
    };
  });
}
