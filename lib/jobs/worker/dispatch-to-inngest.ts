import type { DbClient } from "@/lib/db/create-db-client";

type OutboxRow = { id: string; name: string; payload: Record<string, unknown> };
export type SendEvents = (events: { id: string; name: string; data: Record<string, unknown> }[]) => Promise<unknown>;

/**
 * With Inngest configured, the worker only relays: committed outbox events go to Inngest with the
 * outbox id as the event id (Inngest drops a second send of the same id), then are marked
 * dispatched. A failed send leaves them for the next pass.
 */
export async function dispatchToInngest(db: DbClient, send: SendEvents, batchSize = 200): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const events = await tx.$queryRaw<OutboxRow[]>`
        SELECT id, name, payload FROM outbox_events WHERE dispatched_at IS NULL ORDER BY created_at LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      if (!events.length) return 0;
      try {
        await send(events.map((event) => ({ id: event.id, name: event.name, data: event.payload })));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await tx.$executeRaw`UPDATE outbox_events SET attempts = attempts + 1, last_error = ${message} WHERE id = ANY(${events.map((e) => e.id)}::uuid[])`;
        return 0;
      }
      await tx.$executeRaw`UPDATE outbox_events SET dispatched_at = ${new Date()}, attempts = attempts + 1, last_error = NULL WHERE id = ANY(${events.map((e) => e.id)}::uuid[])`;
      return events.length;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
