import { jobs } from "@/inngest/functions";
import { inngest, isInngestConfigured } from "@/inngest/client";
import { EmbeddedJobRunner } from "./embedded-runner";

const globalForJobs = globalThis as unknown as { __scrJobRunner?: EmbeddedJobRunner };

/** JOBS_DEBOUNCE_MS shortens every debounced job's wait in the embedded runner (tests). */
function debounceOverride(): number | undefined {
  const value = Number(process.env.JOBS_DEBOUNCE_MS);
  return process.env.JOBS_DEBOUNCE_MS && Number.isFinite(value) ? value : undefined;
}

export function getEmbeddedRunner(): EmbeddedJobRunner {
  globalForJobs.__scrJobRunner ??= new EmbeddedJobRunner(jobs, { debounceMs: debounceOverride() });
  return globalForJobs.__scrJobRunner;
}

/**
 * Emits a domain event after a write has committed. Payloads carry ids and orgId only: handlers
 * reload scoped data. With Inngest configured the event goes there; otherwise to the embedded runner.
 */
export async function sendJobEvent(name: `${string}/${string}.${string}`, data: Record<string, unknown>): Promise<void> {
  if (isInngestConfigured()) {
    await inngest.send({ name, data });
    return;
  }
  getEmbeddedRunner().dispatch(name, data);
}
