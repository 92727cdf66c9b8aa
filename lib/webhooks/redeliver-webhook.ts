import "server-only";
import type { Actor, ApiKeyActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";
import { type AttemptOptions, type AttemptOutcome, unsafeAttemptWebhookDelivery } from "./attempt-webhook-delivery";

/**
 * Sends a logged message again, now, as a new first attempt with the same message id (so a
 * receiver that did get it can tell), whatever became of the earlier attempts.
 */
export async function redeliverWebhook(
  actor: Actor | ApiKeyActor,
  input: { deliveryId: string; subscriptionId?: string },
  options: AttemptOptions = {},
): Promise<AttemptOutcome> {
  const original = looksLikeUuid(input.deliveryId)
    ? await db.webhookDelivery.findFirst({
        where: { id: input.deliveryId, orgId: actor.org.id, subscriptionId: input.subscriptionId },
        include: { subscription: { select: { isActive: true, url: true } } },
      })
    : null;
  if (!original) throw notFound("Delivery");
  if (!original.subscription.isActive) throw new AppError("CONFLICT", "This webhook is disabled: enable it before redelivering.");
  const copy = await db.$transaction(async (tx) => {
    const row = await tx.webhookDelivery.create({
      data: { subscriptionId: original.subscriptionId, orgId: original.orgId, eventType: original.eventType, payload: original.payload as object, attempts: 1 },
    });
    await recordAudit(tx, actor, {
      action: "webhook.redelivered",
      entityType: "WebhookSubscription",
      entityId: original.subscriptionId,
      changes: { after: { url: original.subscription.url, eventType: original.eventType, deliveryId: row.id } },
    });
    return row;
  });
  return unsafeAttemptWebhookDelivery(copy.id, options);
}
