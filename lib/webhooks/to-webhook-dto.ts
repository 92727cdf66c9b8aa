import type { WebhookSubscription } from "@/lib/db/generated/client";

export function readEventTypes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** A subscription as pages and the API see it: never its secret. */
export function toWebhookDto(row: WebhookSubscription, previousSecretExpiresAt: Date | null = null) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: readEventTypes(row.events),
    isActive: row.isActive,
    failureCount: row.failureCount,
    disabledReason: row.disabledReason,
    previousSecretExpiresAt: previousSecretExpiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type WebhookDto = ReturnType<typeof toWebhookDto>;
