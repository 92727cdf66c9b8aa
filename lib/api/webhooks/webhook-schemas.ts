import { z } from "zod";
import { WEBHOOK_DELIVERY_STATUSES } from "@/lib/webhooks/schemas";
import { API_PAGE_LIMIT_DEFAULT, API_PAGE_LIMIT_MAX } from "../projects/schemas";

/** A subscription as the API returns it: never its secret. */
export const apiWebhookSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.string()),
    isActive: z.boolean(),
    failureCount: z.number().int().meta({ description: "Failed attempts in a row; the tenth disables the webhook." }),
    disabledReason: z.string().nullable(),
    previousSecretExpiresAt: z.iso.datetime().nullable().meta({ description: "While a rotation overlaps, when the old secret stops signing." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Webhook" });

export const apiWebhookSecretSchema = z
  .string()
  .meta({ description: "The signing secret (whsec_…), returned this once.", example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });

export const apiWebhookDeliverySchema = z
  .object({
    id: z.uuid(),
    messageId: z.string().meta({ description: "The webhook-id header: the same on every attempt at one message." }),
    eventType: z.string(),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    attempt: z.number().int(),
    responseStatusCode: z.number().int().nullable(),
    responseBody: z.string().nullable().meta({ description: "The first 1000 characters of the answer." }),
    errorMessage: z.string().nullable(),
    nextRetryAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "WebhookDelivery" });

export const apiAttemptOutcomeSchema = z.object({
  deliveryId: z.uuid(),
  status: z.enum(["delivered", "retrying", "failed", "skipped"]),
  responseStatusCode: z.number().int().nullable(),
  error: z.string().nullable(),
});

/** PATCH: any of the three; what is left out stays as it is. */
export const updateApiWebhookBodySchema = z.object({
  url: z.string().optional(),
  events: z.array(z.string()).optional(),
  description: z.string().nullable().optional(),
});

export const listApiWebhookDeliveriesQuerySchema = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number("limit must be a number.").int().min(1, "limit must be at least 1.").max(API_PAGE_LIMIT_MAX).default(API_PAGE_LIMIT_DEFAULT),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
  eventType: z.string().max(100).optional(),
});
export type ListApiWebhookDeliveriesQuery = z.output<typeof listApiWebhookDeliveriesQuerySchema>;
