import "server-only";
import { db } from "@/lib/db/client";
import { toWebhookDto, type WebhookDto } from "./to-webhook-dto";

export type WebhookListItem = WebhookDto & { lastDelivery: { status: string; createdAt: string; responseStatusCode: number | null } | null };

/** The org's subscriptions, newest first, each with its latest attempt for the list's health column. */
export async function listWebhooks(principal: { org: { id: string } }, now = new Date()): Promise<WebhookListItem[]> {
  const rows = await db.webhookSubscription.findMany({
    where: { orgId: principal.org.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      previousSecret: { select: { expiresAt: true } },
      deliveries: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1, select: { status: true, createdAt: true, responseStatusCode: true } },
    },
  });
  return rows.map((row) => {
    const overlap = row.previousSecret && row.previousSecret.expiresAt > now ? row.previousSecret.expiresAt : null;
    const last = row.deliveries[0];
    return { ...toWebhookDto(row, overlap), lastDelivery: last ? { ...last, createdAt: last.createdAt.toISOString() } : null };
  });
}
