import type { Tx } from "@/lib/db/create-db-client";
import { type EventName, type EventPayload, parseEventPayload } from "./catalogue";

/**
 * emit for a batch of the same event (an import of thousands of rows): every payload checked, all
 * of them written to the outbox in one statement of the caller's transaction.
 */
export async function emitMany<Name extends EventName>(tx: Tx, name: Name, payloads: readonly EventPayload<Name>[]): Promise<number> {
  if (payloads.length === 0) return 0;
  const data = payloads.map((payload) => {
    const parsed = parseEventPayload(name, payload) as EventPayload<Name> & { orgId?: string };
    return { name, orgId: parsed.orgId ?? null, payload: parsed };
  });
  const { count } = await tx.outboxEvent.createMany({ data });
  return count;
}
