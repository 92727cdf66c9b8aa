import type { Tx } from "@/lib/db/create-db-client";
import type { EventName, EventPayload } from "@/lib/events/catalogue";

/** The part of Inngest's `step` API our handlers use; the worker implements the same, durably. */
export type JobStep = {
  /** Runs `work` once per run: its (JSON) result is stored, so a retried or resumed run skips it. */
  run<T>(id: string, work: () => Promise<T>): Promise<T>;
};

/** What a handler receives: the event, a step runner and a progress reporter. */
export type JobContext<Data> = {
  event: { id: string; name: string; data: Data };
  step: JobStep;
  attempt: number;
  /** Pages (or items) done of total, shown live in the UI. Cheap to call often: writes are throttled. */
  progress(done: number, total: number): Promise<void>;
};

/** A period in Inngest's notation, limited to the units the worker understands. */
export type JobPeriod = `${number}${"s" | "m" | "h"}`;

/** Resource limits: a job that declares them runs in an isolated child process (the heavy lane). */
export type JobLimits = { memoryMb: number; timeoutMs: number };

export type JobEntity = { type: string; id: string };

type EventJob<Name extends EventName> = {
  /** Stable id, also the Inngest function id. */
  id: string;
  on: Name | readonly Name[];
  /** One run per key after `period` without a new event, with the last event's data (Inngest's debounce). */
  debounce?: { key: `event.data.${keyof EventPayload<Name> & string}`; period: JobPeriod };
  /** Runs of this job at once per org (default 2). */
  concurrencyPerOrg?: number;
  /** Attempts before the run is marked failed (default 4). */
  attempts?: number;
  limits?: JobLimits;
  /** What the run is about, for the operations page and "already running" checks. */
  entity?(data: EventPayload<Name>): JobEntity | null;
  /**
   * Of a batch's orgs, those with work for this job (one query a batch): events of the others queue
   * no run at all. For jobs most orgs never use (webhook delivery), so runs are not made to do nothing.
   * An event counts for the org that acted and for its catalogue audience (lib/events/event-audience.ts).
   */
  forOrgs?(tx: Tx, orgIds: string[]): Promise<Set<string>>;
  /** Called once when the last attempt failed: put the entity in its ERROR state with the message. */
  onFailure?(args: { data: EventPayload<Name>; error: string }): Promise<unknown>;
  /** Called before a manually retried run starts: puts the entity back in its working state. */
  onRetry?(data: EventPayload<Name>): Promise<unknown>;
  handler(context: JobContext<EventPayload<Name>>): Promise<unknown>;
};

export type EventJobDefinition = EventJob<EventName> & { kind: "event"; events: readonly EventName[] };

export type CronJobDefinition = {
  kind: "cron";
  id: string;
  /** Five-field cron in UTC (Inngest's `TZ=UTC` is added when served there). */
  cron: string;
  attempts?: number;
  limits?: JobLimits;
  handler(context: JobContext<Record<string, never>>): Promise<unknown>;
};

export type JobDefinition = EventJobDefinition | CronJobDefinition;

/** One definition per job: served to Inngest at /api/inngest and run by the embedded worker otherwise. */
export function defineJob<const Name extends EventName>(job: EventJob<Name>): EventJobDefinition {
  const events = (Array.isArray(job.on) ? job.on : [job.on]) as readonly EventName[];
  return { ...(job as unknown as EventJob<EventName>), kind: "event", events };
}

export function defineCronJob(job: Omit<CronJobDefinition, "kind">): CronJobDefinition {
  return { ...job, kind: "cron" };
}

export const DEFAULT_ATTEMPTS = 4;
export const DEFAULT_CONCURRENCY_PER_ORG = 2;
