import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getCovenantOrThrow } from "./get-covenant-or-throw";
import type { WaiveCovenantInput } from "./schemas";

/**
 * A manager waives a covenant with a reason: checks skip it until it is reinstated. The reason is
 * the detail of a WAIVED row in its history and goes in the audit entry; the covenant's own notes stay.
 */
export async function waiveCovenant(actor: Actor, input: WaiveCovenantInput) {
  const covenant = await getCovenantOrThrow(actor, input.covenantId);
  if (covenant.status === "WAIVED") throw new AppError("INVALID_TRANSITION", `${covenant.name} is already waived.`);
  const now = new Date();
  return auditedWrite(actor, async (tx) => {
    const updated = await tx.covenant.update({ where: { id: covenant.id }, data: { status: "WAIVED" } });
    await tx.covenantCheck.create({
      data: {
        orgId: actor.org.id,
        covenantId: covenant.id,
        checkedAt: now,
        value: covenant.currentValue,
        status: "WAIVED",
        previousStatus: covenant.status,
        source: "waiver",
        detail: input.note,
        checkedBy: actor.user.id,
      },
    });
    return {
      result: updated,
      audit: {
        action: "covenant.waived",
        entityType: "Covenant",
        entityId: covenant.id,
        changes: { before: { status: covenant.status }, after: { status: "WAIVED", covenant: covenant.name, project: covenant.holding.project.name, note: input.note } },
      },
    };
  });
}
