import "server-only";
import { db } from "@/lib/db/client";
import { notifyWebhookDisabled } from "./notify-webhook-disabled";
import { type OutboundPolicy, outboundPolicyFromEnv } from "./outbound-address-policy";
import { sendWebhookRequest, type WebhookResponse } from "./send-webhook-request";
import { signWebhook } from "./sign-webhook";
import { MAX_WEBHOOK_ATTEMPTS, nextRetryAt, WEBHOOK_DISABLE_AFTER_FAILURES } from "./webhook-backoff";
import { readEnvelope } from "./webhook-envelope";
import { openWebhookSecret } from "./webhook-secret";

export type AttemptOptions = { now?: () => Date; policy?: OutboundPolicy; send?: typeof sendWebhookRequest };
export type AttemptOutcome = { deliveryId: string; status: "delivered" | "retrying" | "failed" | "skipped"; responseStatusCode: number | null; error: string | null };

/**
 * Sends one pending attempt and records how it went. Unsafe: it is keyed by the delivery's id
 * alone, for the worker, which holds no principal; callers with one check the org first.
 * A success resets the subscription's failure count; a failure schedules the next attempt with
 * backoff, and the tenth failure in a row disables the subscription and tells its admins.
 */
export async function unsafeAttemptWebhookDelivery(deliveryId: string, options: AttemptOptions = {}): Promise<AttemptOutcome> {
  const now = options.now ?? (() => new Date());
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { subscription: { include: { previousSecret: true } } } });
  if (delivery?.status !== "pending") return { deliveryId, status: "skipped", responseStatusCode: null, error: null };
  const { subscription } = delivery;
  if (!subscription.isActive) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "failed", errorMessage: "Not sent: the webhook is disabled." } });
    return { deliveryId, status: "failed", responseStatusCode: null, error: "The webhook is disabled." };
  }

  const sentAt = now();
  const envelope = readEnvelope(delivery.payload);
  const body = JSON.stringify(delivery.payload);
  const previous = subscription.previousSecret && subscription.previousSecret.expiresAt > sentAt ? [openWebhookSecret(subscription.previousSecret.secret)] : [];
  const headers = signWebhook({ messageId: envelope.id, timestamp: sentAt, body, secrets: [openWebhookSecret(subscription.secret), ...previous] });
  const response: WebhookResponse = await (options.send ?? sendWebhookRequest)(subscription.url, body, headers, options.policy ?? outboundPolicyFromEnv());
  const settledAt = now();

  if (response.ok) {
    await db.$transaction([
      db.webhookDelivery.update({
        where: { id: delivery.id },
        data: { status: "delivered", responseStatusCode: response.status, responseBody: response.body, deliveredAt: settledAt },
      }),
      db.webhookSubscription.update({ where: { id: subscription.id }, data: { failureCount: 0 } }),
    ]);
    return { deliveryId, status: "delivered", responseStatusCode: response.status, error: null };
  }

  const failures = await db.webhookSubscription.update({ where: { id: subscription.id }, data: { failureCount: { increment: 1 } }, select: { failureCount: true } });
  const disable = failures.failureCount >= WEBHOOK_DISABLE_AFTER_FAILURES;
  const retry = !disable && delivery.attempts < MAX_WEBHOOK_ATTEMPTS;
  const error = retry ? response.error : `${response.error} ${disable ? "The webhook was disabled." : `Gave up after ${delivery.attempts} attempts.`}`;
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      status: retry ? "retrying" : "failed",
      responseStatusCode: response.status,
      responseBody: response.body,
      errorMessage: error,
      nextRetryAt: retry ? nextRetryAt(delivery.attempts, settledAt) : null,
    },
  });
  if (disable) {
    const reason = `Disabled after ${WEBHOOK_DISABLE_AFTER_FAILURES} failed deliveries in a row; the last: ${response.error}`;
    const { count } = await db.webhookSubscription.updateMany({ where: { id: subscription.id, isActive: true }, data: { isActive: false, disabledReason: reason } });
    if (count) await notifyWebhookDisabled(subscription, reason, settledAt);
  }
  return { deliveryId, status: retry ? "retrying" : "failed", responseStatusCode: response.status, error };
}
