import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { emit } from "@/lib/events/emit";
import { getMandateOrThrow } from "./get-mandate-or-throw";
import { toMandateValues, toMandateWriteData } from "./mandate-values";
import type { UpdateMandateInput } from "./schemas";
import { readMandateValues, toMandateDto } from "./to-mandate-dto";

/** Saves the edit form. A save that changes nothing writes nothing: no audit row, no rescore. */
export async function updateMandate(actor: Actor, input: UpdateMandateInput) {
  const { mandateId, ...fields } = input;
  const values = toMandateValues(fields);
  return auditedWrite(actor, async (tx) => {
    const current = await getMandateOrThrow(actor, mandateId, tx);
    const changes = diffChanges(readMandateValues(current), values);
    if (Object.keys(changes.after).length === 0) return { result: toMandateDto(current), audit: [] };
    const { count } = await tx.investorMandate.updateMany({
      where: { id: current.id, orgId: actor.org.id },
      data: toMandateWriteData(values, current.esgRequirements),
    });
    if (count === 0) throw notFound("Mandate");
    await emit(tx, "mandate.changed", { orgId: actor.org.id, mandateId: current.id });
    const mandate = await getMandateOrThrow(actor, current.id, tx);
    return { result: toMandateDto(mandate), audit: { action: "mandate.updated", entityType: "InvestorMandate", entityId: mandate.id, changes } };
  });
}
