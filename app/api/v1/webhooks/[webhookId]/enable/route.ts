import { apiRoute } from "@/lib/api/api-route";
import { enableWebhookOperation } from "@/lib/api/webhooks/operations";
import { setWebhookActive } from "@/lib/webhooks/set-webhook-active";

export const POST = apiRoute(enableWebhookOperation, async ({ actor, params }) => ({
  data: await setWebhookActive(actor, { subscriptionId: params.webhookId, active: true }),
}));
