import { apiRoute } from "@/lib/api/api-route";
import { rotateWebhookSecretOperation } from "@/lib/api/webhooks/operations";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

export const POST = apiRoute(rotateWebhookSecretOperation, ({ actor, params }) => rotateWebhookSecret(actor, { subscriptionId: params.webhookId }));
