import type { JobContext, JobDefinition, JobStep } from "@/lib/jobs/define-job";
import { isEventName, parseEventPayload } from "@/lib/events/catalogue";
import { inngest } from "./client";

type InngestContext = { event: { id?: string; name: string; data?: unknown }; step: unknown; attempt: number };

/**
 * The Inngest function of a job definition: same id, triggers, debounce, per-org concurrency,
 * retries and handler; the payload is checked against the catalogue. Progress has no Inngest
 * counterpart: it is dropped there (the entity's own status still shows).
 */
export function toInngestFunction(job: JobDefinition) {
  const retries = Math.max(0, (job.attempts ?? 4) - 1) as 0 | 1 | 2 | 3;
  const shared = { id: job.id, retries };
  const handler = async ({ event, step, attempt }: InngestContext) => {
    const data = job.kind === "event" && isEventName(event.name) ? parseEventPayload(event.name, event.data ?? {}) : {};
    const context: JobContext<unknown> = { event: { id: event.id ?? "", name: event.name, data }, step: step as JobStep, attempt: attempt + 1, progress: async () => {} };
    return job.handler(context as JobContext<never>);
  };
  if (job.kind === "cron") return inngest.createFunction({ ...shared, triggers: [{ cron: `TZ=UTC ${job.cron}` }] }, handler);
  return inngest.createFunction(
    {
      ...shared,
      triggers: job.events.map((event) => ({ event })),
      concurrency: { key: "event.data.orgId", limit: job.concurrencyPerOrg ?? 2 },
      ...(job.debounce ? { debounce: { key: job.debounce.key, period: job.debounce.period } } : {}),
      ...(job.onFailure
        ? {
            onFailure: async ({ event, error }: { event: { data: { event: { name: string; data: unknown } } }; error: Error }) => {
              const original = event.data.event;
              if (isEventName(original.name)) await job.onFailure?.({ data: parseEventPayload(original.name, original.data) as never, error: error.message });
            },
          }
        : {}),
    },
    handler,
  );
}
