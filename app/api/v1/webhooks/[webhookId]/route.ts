import { apiRoute } from "@/lib/api/api-route";
import { deleteWebhookOperation, getWebhookOperation, updateWebhookOperation } from "@/lib/api/webhooks/operations";
import { updateApiWebhook } from "@/lib/api/webhooks/update-api-webhook";
import { deleteWebhook } from "@/lib/webhooks/delete-webhook";
import { getWebhookOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { toWebhookDto } from "@/lib/webhooks/to-webhook-dto";

export const GET = apiRoute(getWebhookOperation, async ({ actor, params }) => ({ data: toWebhookDto(await getWebhookOrThrow(actor, params.webhookId)) }));

export const PATCH = apiRoute(updateWebhookOperation, async ({ actor, params, body }) => ({ data: await updateApiWebhook(actor, params.webhookId, body) }));

export const DELETE = apiRoute(deleteWebhookOperation, async ({ actor, params }) => ({ data: await deleteWebhook(actor, { subscriptionId: params.webhookId }) }));
