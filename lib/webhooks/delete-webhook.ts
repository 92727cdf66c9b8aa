import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import type { WebhookIdInput } from "./schemas";

/** Removes the subscription and, with it, its delivery log (the audit log keeps that it existed). */
export async function deleteWebhook(actor: Actor | ApiKeyActor, input: WebhookIdInput): Promise<{ id: string }> {
  const current = await getWebhookOrThrow(actor, input.subscriptionId);
  return auditedWrite(actor, async (tx) => {
    await tx.webhookSubscription.delete({ where: { id: current.id } });
    return {
      result: { id: current.id },
      audit: { action: "webhook.deleted", entityType: "WebhookSubscription", entityId: current.id, changes: { before: { url: current.url } } },
    };
  });
}
