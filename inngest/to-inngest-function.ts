import type { JobDefinition, JobStep } from "@/lib/jobs/define-job";
import { inngest } from "./client";

/** The Inngest function of a job definition: same id, trigger, debounce and handler; payload checked by zod. */
export function toInngestFunction(job: JobDefinition) {
  const triggers = job.cron ? [{ event: job.event }, { cron: job.cron }] : [{ event: job.event }];
  const debounce = job.debounce ? { debounce: { key: job.debounce.key, period: job.debounce.period } } : {};
  return inngest.createFunction({ id: job.id, triggers, ...debounce }, async ({ event, step }) => {
    const data = job.schema.parse(event.data ?? {});
    return job.handler({ event: { name: event.name, data }, step: step as unknown as JobStep });
  });
}
