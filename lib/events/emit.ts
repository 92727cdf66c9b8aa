import type { Tx } from "@/lib/db/create-db-client";
import { type EventName, type EventPayload, parseEventPayload } from "./catalogue";

/**
 * Records an event in the outbox inside the caller's transaction: it exists if and only if the
 * write it reports committed. Delivery happens afterwards (the worker or the Inngest dispatcher),
 * at least once; job runs are unique per event, so the effect happens once.
 */
export async function emit<Name extends EventName>(tx: Tx, name: Name, payload: EventPayload<Name>): Promise<string> {
  const data = parseEventPayload(name, payload) as EventPayload<Name> & { orgId?: string };
  const row = await tx.outboxEvent.create({ data: { name, orgId: data.orgId ?? null, payload: data }, select: { id: true } });
  return row.id;
}
