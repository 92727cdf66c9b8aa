import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getWebhookOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import type { WebhookDeliveryStatus } from "@/lib/webhooks/schemas";
import { readEnvelope } from "@/lib/webhooks/webhook-envelope";
import { afterCursor, decodeCursor, encodeCursor } from "../keyset-cursor";
import type { ListApiWebhookDeliveriesQuery } from "./webhook-schemas";

/** One page of a webhook's attempts, newest first, by keyset. */
export async function listApiWebhookDeliveries(actor: ApiKeyActor, webhookId: string, query: ListApiWebhookDeliveriesQuery) {
  const webhook = await getWebhookOrThrow(actor, webhookId);
  const where: Prisma.WebhookDeliveryWhereInput = { orgId: actor.org.id, subscriptionId: webhook.id, status: query.status, eventType: query.eventType };
  const rows = await db.webhookDelivery.findMany({
    where: query.cursor ? { AND: [where, afterCursor(decodeCursor(query.cursor))] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({
      id: row.id,
      messageId: readEnvelope(row.payload).id,
      eventType: row.eventType,
      status: row.status as WebhookDeliveryStatus,
      attempt: row.attempts,
      responseStatusCode: row.responseStatusCode,
      responseBody: row.responseBody,
      errorMessage: row.errorMessage,
      nextRetryAt: row.nextRetryAt?.toISOString() ?? null,
      deliveredAt: row.deliveredAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
