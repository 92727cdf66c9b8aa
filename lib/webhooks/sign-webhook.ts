import { createHmac } from "node:crypto";
import { webhookSigningKey } from "./webhook-secret";

export type WebhookSignatureHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

/**
 * Standard Webhooks signing: HMAC-SHA256 over `id.timestamp.body`, sent as `v1,<base64>`. During a
 * rotation's overlap every live secret signs and the signatures are space-separated, so a receiver
 * holding either secret accepts the delivery.
 */
export function signWebhook(input: { messageId: string; timestamp: Date; body: string; secrets: readonly string[] }): WebhookSignatureHeaders {
  const seconds = String(Math.floor(input.timestamp.getTime() / 1000));
  const signed = `${input.messageId}.${seconds}.${input.body}`;
  const signatures = input.secrets.map((secret) => `v1,${createHmac("sha256", webhookSigningKey(secret)).update(signed).digest("base64")}`);
  return { "webhook-id": input.messageId, "webhook-timestamp": seconds, "webhook-signature": signatures.join(" ") };
}
