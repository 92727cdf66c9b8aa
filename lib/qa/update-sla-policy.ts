import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/actor";
import { getSlaPolicy } from "./get-sla-policy";
import type { UpdateSlaPolicyInput } from "./schemas";

/** The org's own answer times by priority. Deadlines already set stay as promised; new questions use these. */
export async function updateSlaPolicy(actor: Actor, input: UpdateSlaPolicyInput) {
  const before = await getSlaPolicy(actor.org.id);
  return auditedWrite(actor, async (tx) => {
    const row = await tx.qaSlaPolicy.upsert({
      where: { orgId: actor.org.id },
      create: { orgId: actor.org.id, ...input, updatedBy: actor.user.id },
      update: { ...input, updatedBy: actor.user.id },
    });
    return {
      result: row,
      audit: {
        action: "qa.sla_policy_updated",
        entityType: "Organization",
        entityId: actor.org.id,
        changes: {
          before: { urgentHours: before.hours.urgent, highHours: before.hours.high, normalHours: before.hours.normal, lowHours: before.hours.low },
          after: input,
        },
      },
    };
  });
}
