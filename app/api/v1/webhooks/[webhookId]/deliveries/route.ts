import { apiRoute } from "@/lib/api/api-route";
import { listApiWebhookDeliveries } from "@/lib/api/webhooks/list-api-webhook-deliveries";
import { listWebhookDeliveriesOperation } from "@/lib/api/webhooks/operations";

export const GET = apiRoute(listWebhookDeliveriesOperation, ({ actor, params, query }) => listApiWebhookDeliveries(actor, params.webhookId, query));
