import "server-only";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { type AttemptOptions, type AttemptOutcome, unsafeAttemptWebhookDelivery } from "./attempt-webhook-delivery";
import { getWebhookOrThrow } from "./get-webhook-or-throw";
import { webhookEnvelope } from "./webhook-envelope";
import { WEBHOOK_TEST_EVENT } from "./webhook-events";

/**
 * Sends a `webhook.test` message now and answers how the endpoint replied: what an admin checks
 * after setting up a receiver. It counts like any delivery (a failing endpoint is failing).
 * Not audited: it changes none of the org's records, and the delivery log keeps the attempt.
 */
export async function sendTestWebhook(actor: Actor | ApiKeyActor, input: { subscriptionId: string }, options: AttemptOptions = {}): Promise<AttemptOutcome> {
  const subscription = await getWebhookOrThrow(actor, input.subscriptionId);
  if (!subscription.isActive) throw new AppError("CONFLICT", "This webhook is disabled: enable it before sending a test event.");
  const now = (options.now ?? (() => new Date()))();
  const envelope = webhookEnvelope({
    type: WEBHOOK_TEST_EVENT,
    occurredAt: now,
    data: { orgId: actor.org.id, subscriptionId: subscription.id, message: "A test event from SCR Platform." },
  });
  const row = await db.webhookDelivery.create({
    data: { subscriptionId: subscription.id, orgId: actor.org.id, eventType: WEBHOOK_TEST_EVENT, payload: envelope as Prisma.InputJsonObject, attempts: 1 },
  });
  return unsafeAttemptWebhookDelivery(row.id, options);
}
