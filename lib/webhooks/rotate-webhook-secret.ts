import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import type { WebhookIdInput } from "./schemas";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/** How long the replaced secret keeps signing beside the new one: a day to deploy the new secret. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * A new secret, shown once. The old one keeps signing too (two signatures per delivery) until the
 * overlap ends, so receivers switch without rejecting a delivery; rotating again ends the
 * previous overlap at once.
 */
export async function rotateWebhookSecret(
  actor: Actor | ApiKeyActor,
  input: WebhookIdInput,
  now = new Date(),
): Promise<{ secret: string; previousSecretExpiresAt: string }> {
  const current = await getWebhookOrThrow(actor, input.subscriptionId);
  const secret = newWebhookSecret();
  const expiresAt = new Date(now.getTime() + SECRET_OVERLAP_MS);
  return auditedWrite(actor, async (tx) => {
    await tx.webhookPreviousSecret.upsert({
      where: { subscriptionId: current.id },
      create: { subscriptionId: current.id, secret: current.secret, expiresAt },
      update: { secret: current.secret, expiresAt, createdAt: now },
    });
    await tx.webhookSubscription.update({ where: { id: current.id }, data: { secret: sealWebhookSecret(secret) } });
    return {
      result: { secret, previousSecretExpiresAt: expiresAt.toISOString() },
      audit: {
        action: "webhook.secret_rotated",
        entityType: "WebhookSubscription",
        entityId: current.id,
        changes: { after: { url: current.url, previousSecretExpiresAt: expiresAt.toISOString() } },
      },
    };
  });
}
