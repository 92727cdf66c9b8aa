import { EVENT_CATALOGUE } from "./catalogue";
import type { EventDefinition } from "./define-event";

/**
 * The orgs an event concerns besides the one that acted, read from the payload fields its
 * catalogue entry names as its audience (none for most events). Webhook delivery reaches their
 * subscriptions too.
 */
export function eventAudienceOrgs(name: string, payload: Record<string, unknown>): string[] {
  const definition = (EVENT_CATALOGUE as Record<string, EventDefinition>)[name];
  if (!definition?.audience) return [];
  const orgIds = definition.audience.map((field) => payload[field]).filter((value): value is string => typeof value === "string" && value !== payload.orgId);
  return [...new Set(orgIds)];
}
