import { z } from "zod";
import { hasNoNul, NUL_MESSAGE } from "@/lib/utils/free-text";
import { WEBHOOK_EVENT_TYPES } from "./webhook-events";

export const WEBHOOK_DELIVERY_STATUSES = ["pending", "delivered", "retrying", "failed"] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

const eventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES as [string, ...string[]], "Unknown event."))
  .min(1, "Choose at least one event.")
  .transform((events) => WEBHOOK_EVENT_TYPES.filter((name) => events.includes(name)));

const description = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z.string().trim().max(500, "A description can be at most 500 characters.").refine(hasNoNul, NUL_MESSAGE).optional(),
);

/** The address is checked further by checkWebhookUrl (scheme and literal addresses) on the server. */
const url = z
  .string()
  .trim()
  .min(1, "Enter the endpoint's URL.")
  .max(2048, "A URL can be at most 2048 characters.")
  .pipe(z.url("Enter a full URL, such as https://example.com/hooks/scr."));

export const createWebhookSchema = z.object({ url, events: eventTypes, description });
export type CreateWebhookInput = z.output<typeof createWebhookSchema>;

export const updateWebhookSchema = z.object({ subscriptionId: z.uuid("Unknown webhook."), url, events: eventTypes, description });
export type UpdateWebhookInput = z.output<typeof updateWebhookSchema>;

export const webhookIdSchema = z.object({ subscriptionId: z.uuid("Unknown webhook.") });
export type WebhookIdInput = z.output<typeof webhookIdSchema>;

export const redeliverWebhookSchema = z.object({ deliveryId: z.uuid("Unknown delivery.") });
export type RedeliverWebhookInput = z.output<typeof redeliverWebhookSchema>;

/** The filter form posts "" for "any". */
const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** The delivery log's filters, from the page's query string (bad values fall back to none). */
export const webhookDeliveriesQuerySchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(WEBHOOK_DELIVERY_STATUSES).optional()).catch(undefined),
  eventType: z.preprocess(emptyToUndefined, z.string().max(100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type WebhookDeliveriesQuery = z.output<typeof webhookDeliveriesQuerySchema>;
