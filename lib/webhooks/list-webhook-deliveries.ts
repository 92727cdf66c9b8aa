import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { WebhookDeliveriesQuery } from "./schemas";
import { readEnvelope } from "./webhook-envelope";

export const DELIVERIES_PER_PAGE = 25;

/** One attempt as the log shows it: what was sent, how the endpoint answered, what happens next. */
export type WebhookDeliveryRow = {
  id: string;
  messageId: string;
  eventType: string;
  status: string;
  attempt: number;
  responseStatusCode: number | null;
  responseBody: string | null;
  errorMessage: string | null;
  nextRetryAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  payload: string;
};

/** A page of one subscription's attempts, newest first, with the event types it has seen for the filter. */
export async function listWebhookDeliveries(principal: { org: { id: string } }, subscriptionId: string, query: WebhookDeliveriesQuery) {
  const where: Prisma.WebhookDeliveryWhereInput = { orgId: principal.org.id, subscriptionId, status: query.status, eventType: query.eventType };
  const [total, rows, types] = await Promise.all([
    db.webhookDelivery.count({ where }),
    db.webhookDelivery.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (query.page - 1) * DELIVERIES_PER_PAGE, take: DELIVERIES_PER_PAGE }),
    db.webhookDelivery.findMany({
      where: { orgId: principal.org.id, subscriptionId },
      distinct: ["eventType"],
      select: { eventType: true },
      orderBy: { eventType: "asc" },
    }),
  ]);
  const deliveries: WebhookDeliveryRow[] = rows.map((row) => ({
    id: row.id,
    messageId: readEnvelope(row.payload).id,
    eventType: row.eventType,
    status: row.status,
    attempt: row.attempts,
    responseStatusCode: row.responseStatusCode,
    responseBody: row.responseBody,
    errorMessage: row.errorMessage,
    nextRetryAt: row.nextRetryAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    payload: JSON.stringify(row.payload, null, 2),
  }));
  return { deliveries, total, pageCount: Math.max(1, Math.ceil(total / DELIVERIES_PER_PAGE)), eventTypes: types.map((t) => t.eventType) };
}
