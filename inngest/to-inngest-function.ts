import type { JobDefinition, JobStep } from "@/lib/jobs/define-job";
import { inngest } from "./client";

/** The Inngest function of a job definition: same id, trigger and handler; payload checked by zod. */
export function toInngestFunction(job: JobDefinition) {
  const triggers = job.cron ? [{ event: job.event }, { cron: job.cron }] : [{ event: job.event }];
  return inngest.createFunction({ id: job.id, triggers }, async ({ event, step }) => {
    const data = job.schema.parse(event.data ?? {});
    return job.handler({ event: { name: event.name, data }, step: step as unknown as JobStep });
  });
}
