import "server-only";
import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { checkWebhookUrl } from "./check-webhook-url";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import type { UpdateWebhookInput } from "./schemas";
import { readEventTypes, toWebhookDto, type WebhookDto } from "./to-webhook-dto";

/** Changes where and what is sent. The secret stays: rotating it is its own step. */
export async function updateWebhook(actor: Actor | ApiKeyActor, input: UpdateWebhookInput): Promise<WebhookDto> {
  const current = await getWebhookOrThrow(actor, input.subscriptionId);
  const url = checkWebhookUrl(input.url);
  const before = { url: current.url, events: readEventTypes(current.events), description: current.description };
  const after = { url, events: input.events, description: input.description ?? null };
  return auditedWrite(actor, async (tx) => {
    const row = await tx.webhookSubscription.update({ where: { id: current.id }, data: after });
    return {
      result: toWebhookDto(row),
      audit: { action: "webhook.updated", entityType: "WebhookSubscription", entityId: row.id, changes: { ...diffChanges(before, after), url } },
    };
  });
}
