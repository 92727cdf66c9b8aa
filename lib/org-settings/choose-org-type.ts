import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { ChooseOrgTypeInput } from "./schemas";

/**
 * The one-time choice of a Clerk organisation that arrived without an org type: its admin says
 * whether it raises capital (ALLY) or invests (INVESTOR). Once chosen it is not asked again; a
 * later change is a platform admin's.
 */
export async function chooseOrgType(actor: Actor, input: ChooseOrgTypeInput) {
  return auditedWrite(actor, async (tx) => {
    const org = await tx.organization.findUniqueOrThrow({ where: { id: actor.org.id }, select: { type: true, settings: true } });
    const settings = (org.settings ?? {}) as Record<string, unknown>;
    if (settings.awaitingOrgType !== true) throw new AppError("CONFLICT", "Your organisation's type is already set: a platform admin can change it.");
    const { awaitingOrgType: _, ...rest } = settings;
    await tx.organization.update({ where: { id: actor.org.id }, data: { type: input.type, settings: rest as object } });
    return {
      result: { type: input.type },
      audit: { action: "organization.updated", entityType: "Organization", entityId: actor.org.id, changes: { before: { type: org.type }, after: { type: input.type } } },
    };
  });
}
