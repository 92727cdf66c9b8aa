import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import type { WebhookIdInput } from "./schemas";
import { toWebhookDto, type WebhookDto } from "./to-webhook-dto";

/**
 * Pauses or resumes deliveries. Re-enabling clears the failure count and the reason, so the
 * endpoint gets ten fresh chances; retries pending when it was disabled are not revived
 * (redeliver them from the log).
 */
export async function setWebhookActive(actor: Actor | ApiKeyActor, input: WebhookIdInput & { active: boolean }): Promise<WebhookDto> {
  const current = await getWebhookOrThrow(actor, input.subscriptionId);
  if (current.isActive === input.active) return toWebhookDto(current);
  return auditedWrite(actor, async (tx) => {
    const row = await tx.webhookSubscription.update({
      where: { id: current.id },
      data: input.active ? { isActive: true, failureCount: 0, disabledReason: null } : { isActive: false, disabledReason: "Disabled by an admin." },
    });
    return {
      result: toWebhookDto(row),
      audit: {
        action: input.active ? "webhook.enabled" : "webhook.disabled",
        entityType: "WebhookSubscription",
        entityId: row.id,
        changes: { before: { url: current.url, isActive: current.isActive }, after: { url: current.url, isActive: input.active } },
      },
    };
  });
}
