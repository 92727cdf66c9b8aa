import "server-only";
import { db } from "@/lib/db/client";
import { type AttemptOptions, type AttemptOutcome, unsafeAttemptWebhookDelivery } from "./attempt-webhook-delivery";

type DueRow = { id: string; subscription_id: string; org_id: string; event_type: string; payload: object; attempts: number; is_active: boolean };

/**
 * Every failed attempt whose retry is due becomes a new attempt row (the log keeps one row per
 * attempt), claimed with SKIP LOCKED so two workers never send the same retry. The failed row
 * stops being "retrying" in the same transaction. Unsafe: the worker's sweep across orgs.
 */
export async function unsafeRetryDueWebhookDeliveries(options: AttemptOptions & { limit?: number; orgIds?: readonly string[] } = {}): Promise<AttemptOutcome[]> {
  const now = (options.now ?? (() => new Date()))();
  const claimed = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<DueRow[]>`
      SELECT d.id, d.subscription_id, d.org_id, d.event_type, d.payload, d.attempts, s.is_active
      FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
      WHERE d.status = 'retrying' AND d.next_retry_at <= ${now}
        AND (${options.orgIds ?? null}::uuid[] IS NULL OR d.org_id = ANY(${options.orgIds ?? null}::uuid[]))
      ORDER BY d.next_retry_at LIMIT ${options.limit ?? 200} FOR UPDATE OF d SKIP LOCKED`;
    if (!due.length) return [];
    await tx.webhookDelivery.updateMany({
      where: { id: { in: due.filter((r) => !r.is_active).map((r) => r.id) } },
      data: { status: "failed", nextRetryAt: null, errorMessage: "Not retried: the webhook is disabled." },
    });
    const live = due.filter((r) => r.is_active);
    await tx.webhookDelivery.updateMany({ where: { id: { in: live.map((r) => r.id) } }, data: { status: "failed", nextRetryAt: null } });
    return tx.webhookDelivery.createManyAndReturn({
      data: live.map((r) => ({
        subscriptionId: r.subscription_id,
        orgId: r.org_id,
        eventType: r.event_type,
        payload: r.payload,
        attempts: r.attempts + 1,
        nextRetryAt: now,
      })),
      select: { id: true },
    });
  });
  const outcomes: AttemptOutcome[] = [];
  for (const row of claimed) outcomes.push(await unsafeAttemptWebhookDelivery(row.id, options));
  return outcomes;
}
