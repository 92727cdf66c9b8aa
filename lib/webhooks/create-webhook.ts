import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { checkWebhookUrl } from "./check-webhook-url";
import type { CreateWebhookInput } from "./schemas";
import { toWebhookDto, type WebhookDto } from "./to-webhook-dto";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/** Subscribes an endpoint to the org's events. The secret is returned this once; the row keeps it encrypted. */
export async function createWebhook(actor: Actor | ApiKeyActor, input: CreateWebhookInput): Promise<{ secret: string; webhook: WebhookDto }> {
  const url = checkWebhookUrl(input.url);
  const secret = newWebhookSecret();
  return auditedWrite(actor, async (tx) => {
    const row = await tx.webhookSubscription.create({
      data: {
        orgId: actor.org.id,
        createdBy: actor.user?.id ?? null,
        url,
        secret: sealWebhookSecret(secret),
        events: input.events,
        description: input.description ?? null,
      },
    });
    return {
      result: { secret, webhook: toWebhookDto(row) },
      audit: {
        action: "webhook.created",
        entityType: "WebhookSubscription",
        entityId: row.id,
        changes: { after: { url, events: input.events, description: row.description } },
      },
    };
  });
}
