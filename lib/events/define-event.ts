import { z } from "zod";

export type EventDefinition<Payload extends z.ZodType = z.ZodType> = {
  payload: Payload;
  description: string;
  /** Listed for webhook subscribers (the public event list); internal commands are not. */
  public: boolean;
};

/** Every payload names its org; handlers reload everything else from ids. */
export const orgScoped = { orgId: z.uuid() };

export function defineEvent<Payload extends z.ZodType>(definition: EventDefinition<Payload>): EventDefinition<Payload> {
  return definition;
}
