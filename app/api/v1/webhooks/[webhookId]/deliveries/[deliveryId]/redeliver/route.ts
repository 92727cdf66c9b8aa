import { apiRoute } from "@/lib/api/api-route";
import { redeliverWebhookOperation } from "@/lib/api/webhooks/operations";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";

export const POST = apiRoute(redeliverWebhookOperation, async ({ actor, params }) => ({
  data: await redeliverWebhook(actor, { deliveryId: params.deliveryId, subscriptionId: params.webhookId }),
}));
