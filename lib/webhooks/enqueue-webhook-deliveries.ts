import "server-only";
import { db } from "@/lib/db/client";
import { eventAudienceOrgs } from "@/lib/events/event-audience";
import type { Prisma } from "@/lib/db/generated/client";
import { webhookEnvelope } from "./webhook-envelope";

export type PublishedEvent = { id: string; name: string; orgId: string; data: Record<string, unknown>; occurredAt: Date };

/**
 * The first attempt's row for every active subscription that asked for the event, of the event's
 * org and of the orgs its catalogue entry names as its audience (the investor a room was opened
 * for), each row in its subscriber's org. Unsafe (no principal): the orgs are the event's own,
 * recorded by the write that emitted it; the catalogue admits an audience only for a payload it
 * may see whole. A second call for the same event adds nothing, so a retried job does not send twice.
 */
export async function unsafeEnqueueWebhookDeliveries(event: PublishedEvent): Promise<string[]> {
  const orgIds = [event.orgId, ...eventAudienceOrgs(event.name, event.data)];
  const subscriptions = await db.webhookSubscription.findMany({
    where: { orgId: { in: orgIds }, isActive: true, events: { array_contains: [event.name] } },
    select: { id: true, orgId: true },
  });
  if (!subscriptions.length) return [];
  const envelope = webhookEnvelope({ id: event.id, type: event.name, occurredAt: event.occurredAt, data: event.data });
  const existing = await db.webhookDelivery.findMany({
    where: { subscriptionId: { in: subscriptions.map((s) => s.id) }, attempts: 1, payload: { path: ["id"], equals: envelope.id } },
    select: { subscriptionId: true },
  });
  const done = new Set(existing.map((row) => row.subscriptionId));
  const fresh = subscriptions.filter((s) => !done.has(s.id));
  if (!fresh.length) return [];
  const rows = await db.webhookDelivery.createManyAndReturn({
    data: fresh.map((s) => ({ subscriptionId: s.id, orgId: s.orgId, eventType: event.name, payload: envelope as Prisma.InputJsonObject, attempts: 1 })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
