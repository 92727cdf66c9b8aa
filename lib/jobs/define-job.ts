import type { z } from "zod";

/** The part of Inngest's `step` API our handlers use; the embedded runner implements the same. */
export type JobStep = {
  run<T>(id: string, work: () => Promise<T>): Promise<T>;
};

export type JobEvent<Data> = { name: string; data: Data };

/** A period in Inngest's notation, limited to the units the embedded runner understands. */
export type JobPeriod = `${number}${"s" | "m" | "h"}`;

/**
 * Runs the job once per `key` after `period` without a new event, with the last event's data.
 * The key names one field of the payload, as Inngest's expression does.
 */
export type JobDebounce = { key: `event.data.${string}`; period: JobPeriod };

export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  /** Stable id, also the Inngest function id. */
  id: string;
  /** `domain/entity.verb` */
  event: `${string}/${string}.${string}`;
  /** Optional schedule (Inngest cron syntax); the embedded runner runs it on its own timer. */
  cron?: string;
  /** Optional debounce: Inngest's function option, reproduced by the embedded runner. */
  debounce?: JobDebounce;
  schema: Schema;
  handler(args: { event: JobEvent<z.infer<Schema>>; step: JobStep }): Promise<unknown>;
};

/**
 * One definition per job: served to Inngest at /api/inngest and run in-process by the embedded
 * runner when no Inngest server is configured.
 */
export function defineJob<Schema extends z.ZodType>(job: JobDefinition<Schema>): JobDefinition<Schema> {
  return job;
}
