import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { checkCovenants } from "./check-covenants";
import { getCovenantOrThrow } from "./get-covenant-or-throw";
import type { CovenantIdInput } from "./schemas";

/** Ends a waiver: the covenant is monitored again and checked at once, so its status is current, not the pre-waiver one. */
export async function reinstateCovenant(actor: Actor, input: CovenantIdInput) {
  const covenant = await getCovenantOrThrow(actor, input.covenantId);
  if (covenant.status !== "WAIVED") throw new AppError("INVALID_TRANSITION", `${covenant.name} is not waived.`);
  await auditedWrite(actor, async (tx) => {
    await tx.covenant.update({ where: { id: covenant.id }, data: { status: "OK" } });
    await tx.covenantCheck.create({
      data: {
        orgId: actor.org.id,
        covenantId: covenant.id,
        value: covenant.currentValue,
        status: "OK",
        previousStatus: "WAIVED",
        source: "waiver ended",
        detail: "Reinstated: monitored again from this check on.",
        checkedBy: actor.user.id,
      },
    });
    return {
      result: null,
      audit: {
        action: "covenant.reinstated",
        entityType: "Covenant",
        entityId: covenant.id,
        changes: { before: { status: "WAIVED" }, after: { status: "OK", covenant: covenant.name, project: covenant.holding.project.name } },
      },
    };
  });
  return checkCovenants(actor, { covenantIds: [covenant.id] });
}
