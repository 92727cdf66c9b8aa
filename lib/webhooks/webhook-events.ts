import { EVENT_CATALOGUE, type EventName } from "@/lib/events/catalogue";

/** Sent by "Send test event" only; subscribers never choose it. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

/** The catalogue's public events, the ones an org may subscribe to, in catalogue order. */
export const WEBHOOK_EVENT_TYPES = (Object.keys(EVENT_CATALOGUE) as EventName[]).filter((name) => EVENT_CATALOGUE[name].public);

export function isWebhookEventType(name: string): name is EventName {
  return (WEBHOOK_EVENT_TYPES as string[]).includes(name);
}

export type WebhookEventOption = { value: string; description: string; group: string };

/** For the subscribe form: each event with its catalogue description, grouped by the entity before the dot. */
export function listWebhookEventOptions(): WebhookEventOption[] {
  return WEBHOOK_EVENT_TYPES.map((name) => ({ value: name, description: EVENT_CATALOGUE[name].description, group: name.split(".")[0] ?? name }));
}
