import "server-only";
import { auditedWrite, diffChanges } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { checkWebhookUrl } from "./check-webhook-url";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import type { UpdateWebhookInput } from "./schemas";
import { readEventTypes, toWebhookDto, type WebhookDto } from "./to-webhook-dto";

const withUrl = (diff: { before: Record<string, unknown>; after: Record<string, unknown> }, from: string, to: string) => ({
  before: { url: from, ...diff.before },
  after: { url: to, ...diff.after },
});

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
      // The URL rides along unchanged too, so the sentence names the endpoint whatever changed.
      audit: { action: "webhook.updated", entityType: "WebhookSubscription", entityId: row.id, changes: withUrl(diffChanges(before, after), current.url, url) },
    };
  });
}
