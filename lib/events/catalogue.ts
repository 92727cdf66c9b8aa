import type { z } from "zod";
import { covenantEvents } from "./covenants";
import { dataroomEvents } from "./dataroom";
import { dealScreeningEvents } from "./deal-screening";
import { dealRoomEvents } from "./deal-rooms";
import { investmentMemoEvents } from "./investment-memos";
import { matchingEvents } from "./matching";
import { notificationEvents } from "./notifications";
import { pipelineEvents } from "./pipeline";
import { portfolioEvents } from "./portfolios";
import { projectKpiEvents } from "./project-kpis";
import { projectEvents } from "./projects";
import { qaEvents } from "./qa";
import { signalScoreEvents } from "./signal-score";

/**
 * Every event of the platform: the single list jobs subscribe to, and the public webhook event
 * list (those marked public). Names are past-tense facts, `entity.verb`.
 */
export const EVENT_CATALOGUE = {
  ...dataroomEvents,
  ...projectEvents,
  ...signalScoreEvents,
  ...notificationEvents,
  ...matchingEvents,
  ...qaEvents,
  ...pipelineEvents,
  ...dealRoomEvents,
  ...dealScreeningEvents,
  ...investmentMemoEvents,
  ...portfolioEvents,
  ...covenantEvents,
  ...projectKpiEvents,
};

export type EventName = keyof typeof EVENT_CATALOGUE;
export type EventPayload<Name extends EventName> = z.infer<(typeof EVENT_CATALOGUE)[Name]["payload"]>;

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(EVENT_CATALOGUE, name);
}

/** The payload checked against its schema; throws a ZodError naming the bad field. */
export function parseEventPayload<Name extends EventName>(name: Name, payload: unknown): EventPayload<Name> {
  return EVENT_CATALOGUE[name].payload.parse(payload) as EventPayload<Name>;
}
