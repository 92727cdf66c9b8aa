import { z } from "zod";

export type EventDefinition<Payload extends z.ZodType = z.ZodType> = {
  payload: Payload;
  description: string;
  /** Listed for webhook subscribers (the public event list); internal commands are not. */
  public: boolean;
  /**
   * Payload fields naming the other orgs the fact concerns (beside `orgId`, the org that acted):
   * their webhooks hear of it too. Only for a payload every field of which each named org can see
   * in the app, since each receives it whole (tests/unit/event-audience.test.ts checks the fields).
   */
  audience?: readonly string[];
};

/** Every payload names its org; handlers reload everything else from ids. */
export const orgScoped = { orgId: z.uuid() };

export function defineEvent<Payload extends z.ZodType>(definition: EventDefinition<Payload>): EventDefinition<Payload> {
  return definition;
}
