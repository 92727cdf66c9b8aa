import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { getCovenantOrThrow } from "./get-covenant-or-throw";
import type { CovenantIdInput } from "./schemas";

/** Removes a covenant and its check history (the audit log keeps that it existed and what it read last). */
export async function deleteCovenant(actor: Actor, input: CovenantIdInput) {
  const covenant = await getCovenantOrThrow(actor, input.covenantId);
  return auditedWrite(actor, async (tx) => {
    await tx.covenant.delete({ where: { id: covenant.id } });
    return {
      result: { holdingId: covenant.holdingId, portfolioId: covenant.holding.portfolioId },
      audit: {
        action: "covenant.deleted",
        entityType: "Covenant",
        entityId: covenant.id,
        changes: {
          before: { covenant: covenant.name, project: covenant.holding.project.name, status: covenant.status, currentValue: covenant.currentValue?.toFixed(4) ?? null },
        },
      },
    };
  });
}
