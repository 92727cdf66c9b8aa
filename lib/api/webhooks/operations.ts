import { z } from "zod";
import { createWebhookSchema } from "@/lib/webhooks/schemas";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";
import { apiPageSchema } from "../api-schemas";
import { defineApiOperation } from "../define-api-operation";
import {
  apiAttemptOutcomeSchema,
  apiWebhookDeliverySchema,
  apiWebhookSchema,
  apiWebhookSecretSchema,
  listApiWebhookDeliveriesQuerySchema,
  updateApiWebhookBodySchema,
} from "./webhook-schemas";

const webhookParams = z.object({ webhookId: z.string().meta({ description: "The webhook's id." }) });
const base = { scope: "webhooks:manage", tag: "Webhooks" } as const;
const ONCE = "The signing secret is in this answer only: store it where your receiver can read it.";

export const listWebhooksOperation = defineApiOperation({
  ...base,
  id: "listWebhooks",
  method: "GET",
  path: "/webhooks",
  summary: "List the org's webhooks",
  response: z.object({ data: z.array(apiWebhookSchema) }),
});

export const createWebhookOperation = defineApiOperation({
  ...base,
  id: "createWebhook",
  method: "POST",
  path: "/webhooks",
  summary: "Subscribe an HTTPS endpoint to events",
  description: `Events, any of: ${WEBHOOK_EVENT_TYPES.join(", ")}. Each delivery is a POST of {id, type, timestamp, data}, data holding the ids of what changed (read the records through this API), signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). Private, loopback and link-local addresses are refused, also when a name resolves to one at delivery. ${ONCE}`,
  body: createWebhookSchema,
  response: z.object({ data: apiWebhookSchema, secret: apiWebhookSecretSchema }),
  successStatus: 201,
  writes: true,
});

export const getWebhookOperation = defineApiOperation({
  ...base,
  id: "getWebhook",
  method: "GET",
  path: "/webhooks/{webhookId}",
  summary: "Get one webhook",
  params: webhookParams,
  response: z.object({ data: apiWebhookSchema }),
});

export const updateWebhookOperation = defineApiOperation({
  ...base,
  id: "updateWebhook",
  method: "PATCH",
  path: "/webhooks/{webhookId}",
  summary: "Change a webhook's URL, events or description",
  description: "Fields left out stay as they are; description null clears it. The secret is rotated on its own.",
  params: webhookParams,
  body: updateApiWebhookBodySchema,
  response: z.object({ data: apiWebhookSchema }),
  writes: true,
});

export const deleteWebhookOperation = defineApiOperation({
  ...base,
  id: "deleteWebhook",
  method: "DELETE",
  path: "/webhooks/{webhookId}",
  summary: "Delete a webhook and its delivery log",
  params: webhookParams,
  response: z.object({ data: z.object({ id: z.uuid() }) }),
  writes: true,
});

export const rotateWebhookSecretOperation = defineApiOperation({
  ...base,
  id: "rotateWebhookSecret",
  method: "POST",
  path: "/webhooks/{webhookId}/rotate-secret",
  summary: "Rotate the signing secret",
  description: `The old secret keeps signing beside the new one for 24 hours (two signatures in webhook-signature). ${ONCE}`,
  params: webhookParams,
  response: z.object({ secret: apiWebhookSecretSchema, previousSecretExpiresAt: z.iso.datetime() }),
  writes: true,
});

const toggle = (id: string, path: `/${string}`, summary: string, description: string) =>
  defineApiOperation({ ...base, id, method: "POST", path, summary, description, params: webhookParams, response: z.object({ data: apiWebhookSchema }), writes: true });

export const enableWebhookOperation = toggle(
  "enableWebhook",
  "/webhooks/{webhookId}/enable",
  "Enable a webhook",
  "Clears the failure count. Messages missed meanwhile are not sent: redeliver them.",
);
export const disableWebhookOperation = toggle("disableWebhook", "/webhooks/{webhookId}/disable", "Disable a webhook", "Nothing is sent until it is enabled again.");

export const sendTestWebhookOperation = defineApiOperation({
  ...base,
  id: "sendTestWebhook",
  method: "POST",
  path: "/webhooks/{webhookId}/test",
  summary: "Send a webhook.test event now and report the answer",
  params: webhookParams,
  response: z.object({ data: apiAttemptOutcomeSchema }),
  writes: true,
});

export const listWebhookDeliveriesOperation = defineApiOperation({
  ...base,
  id: "listWebhookDeliveries",
  method: "GET",
  path: "/webhooks/{webhookId}/deliveries",
  summary: "List a webhook's delivery attempts, newest first",
  params: webhookParams,
  query: listApiWebhookDeliveriesQuerySchema,
  response: apiPageSchema(apiWebhookDeliverySchema),
});

export const redeliverWebhookOperation = defineApiOperation({
  ...base,
  id: "redeliverWebhookDelivery",
  method: "POST",
  path: "/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver",
  summary: "Send a logged message again now",
  description: "A new first attempt with the same message id, so a receiver that got it before can tell.",
  params: webhookParams.extend({ deliveryId: z.string() }),
  response: z.object({ data: apiAttemptOutcomeSchema }),
  writes: true,
});

export const WEBHOOK_OPERATIONS = [
  listWebhooksOperation,
  createWebhookOperation,
  getWebhookOperation,
  updateWebhookOperation,
  deleteWebhookOperation,
  rotateWebhookSecretOperation,
  enableWebhookOperation,
  disableWebhookOperation,
  sendTestWebhookOperation,
  listWebhookDeliveriesOperation,
  redeliverWebhookOperation,
];
