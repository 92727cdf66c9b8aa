import { randomUUID } from "node:crypto";

/**
 * The body every delivery sends, Standard Webhooks' envelope: `type`, `timestamp` (when the fact
 * happened) and `data`, plus the message `id` that the webhook-id header also carries, the same on
 * every retry, so receivers can drop duplicates. Events carry ids, not records: a receiver reads
 * what it needs through the API with its key, under that key's scopes.
 */
export type WebhookEnvelope = { id: string; type: string; timestamp: string; data: Record<string, unknown> };

export function webhookEnvelope(event: { id?: string; type: string; occurredAt: Date; data: Record<string, unknown> }): WebhookEnvelope {
  return { id: `msg_${(event.id ?? randomUUID()).replace(/-/g, "")}`, type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data };
}

export function readEnvelope(payload: unknown): WebhookEnvelope {
  const value = (payload ?? {}) as Partial<WebhookEnvelope>;
  return { id: String(value.id ?? ""), type: String(value.type ?? ""), timestamp: String(value.timestamp ?? ""), data: (value.data ?? {}) as Record<string, unknown> };
}
