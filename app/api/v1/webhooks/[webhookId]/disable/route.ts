import { apiRoute } from "@/lib/api/api-route";
import { disableWebhookOperation } from "@/lib/api/webhooks/operations";
import { setWebhookActive } from "@/lib/webhooks/set-webhook-active";

export const POST = apiRoute(disableWebhookOperation, async ({ actor, params }) => ({
  data: await setWebhookActive(actor, { subscriptionId: params.webhookId, active: false }),
}));
