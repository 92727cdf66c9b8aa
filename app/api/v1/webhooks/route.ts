import { apiRoute } from "@/lib/api/api-route";
import { createWebhookOperation, listWebhooksOperation } from "@/lib/api/webhooks/operations";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";

export const GET = apiRoute(listWebhooksOperation, async ({ actor }) => ({ data: (await listWebhooks(actor)).map(({ lastDelivery: _last, ...webhook }) => webhook) }));

export const POST = apiRoute(createWebhookOperation, async ({ actor, body }) => {
  const { webhook, secret } = await createWebhook(actor, body);
  return { data: webhook, secret };
});
