import "server-only";
import { db } from "@/lib/db/client";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** When the fact was recorded (its outbox row), for the envelope's timestamp; now if the row is gone. */
export async function loadEventTime(eventId: string): Promise<Date> {
  const row = looksLikeUuid(eventId) ? await db.outboxEvent.findUnique({ where: { id: eventId }, select: { createdAt: true } }) : null;
  return row?.createdAt ?? new Date();
}
