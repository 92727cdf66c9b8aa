import "server-only";
import { db } from "@/lib/db/client";
import type { WebhookSubscription } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors/app-error";
import { looksLikeUuid } from "@/lib/utils/looks-like-uuid";

/** A subscription of the principal's org; another org's id, or none, is the same 404. */
export async function getWebhookOrThrow(principal: { org: { id: string } }, subscriptionId: string): Promise<WebhookSubscription> {
  const row = looksLikeUuid(subscriptionId) ? await db.webhookSubscription.findFirst({ where: { id: subscriptionId, orgId: principal.org.id } }) : null;
  if (!row) throw notFound("Webhook");
  return row;
}
