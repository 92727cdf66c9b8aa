import { db } from "@/lib/db/client";
import { emit } from "@/lib/events/emit";
import type { NotificationContent } from "./notification-content";

export type Recipient = { orgId: string; userId: string };

/**
 * Writes one notification per recipient and, in the same transaction, the event that mails it.
 * Keyed by (user, source): a job that runs again for the same fact writes nothing twice, and so
 * mails nothing twice. Returns the ids written now. Not audited: a notification reports a fact
 * already in the audit log (the redaction, the score, the share); it is not itself a change to
 * the org's records.
 */
export async function createNotifications(recipients: readonly Recipient[], content: NotificationContent): Promise<string[]> {
  if (!recipients.length) return [];
  return db.$transaction(async (tx) => {
    const rows = await tx.notification.createManyAndReturn({
      data: recipients.map((r) => ({ ...content, title: content.title.slice(0, 200), orgId: r.orgId, userId: r.userId })),
      skipDuplicates: true,
      select: { id: true, orgId: true },
    });
    for (const row of rows) await emit(tx, "notification.created", { orgId: row.orgId, notificationId: row.id });
    return rows.map((row) => row.id);
  });
}
