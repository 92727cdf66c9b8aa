import { apiRoute } from "@/lib/api/api-route";
import { sendTestWebhookOperation } from "@/lib/api/webhooks/operations";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";

export const POST = apiRoute(sendTestWebhookOperation, async ({ actor, params }) => ({ data: await sendTestWebhook(actor, { subscriptionId: params.webhookId }) }));
