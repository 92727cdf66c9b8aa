import "server-only";
import type { ApiKeyActor } from "@/lib/auth/actor";
import { getWebhookOrThrow } from "@/lib/webhooks/get-webhook-or-throw";
import { updateWebhookSchema } from "@/lib/webhooks/schemas";
import { readEventTypes } from "@/lib/webhooks/to-webhook-dto";
import { updateWebhook } from "@/lib/webhooks/update-webhook";
import { toApiValidationError } from "../to-api-validation-error";

/** A PATCH laid over the stored subscription, then judged by the settings form's own schema. */
export async function updateApiWebhook(actor: ApiKeyActor, webhookId: string, patch: { url?: string; events?: string[]; description?: string | null }) {
  const current = await getWebhookOrThrow(actor, webhookId);
  const merged = {
    subscriptionId: current.id,
    url: patch.url ?? current.url,
    events: patch.events ?? readEventTypes(current.events),
    description: patch.description === undefined ? (current.description ?? undefined) : (patch.description ?? undefined),
  };
  const parsed = updateWebhookSchema.safeParse(merged);
  if (!parsed.success) throw toApiValidationError(parsed.error);
  return updateWebhook(actor, parsed.data);
}
