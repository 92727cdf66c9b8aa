/**
 * The job registry wired for tests: `drainJobs()` runs everything queued for the orgs this file
 * made with createTenant (other files share the database and keep their own), in this process,
 * until nothing is queued, due or running. Debounce periods are replaced by `debounceMs`
 * (default 0); move the clock instead of sleeping with `withClock`.
 */
import { jobs } from "@/inngest/functions";
import { db } from "@/lib/db/client";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { JobWorker, type JobWorkerOptions } from "@/lib/jobs/worker/job-worker";
import { tenantOrgIds } from "./tenant-registry";

export type TestWorkerOptions = Partial<Omit<JobWorkerOptions, "db">>;

export function testWorker(options: TestWorkerOptions = {}): JobWorker {
  return new JobWorker({ jobs: jobs as readonly JobDefinition[], db, retryBaseMs: 0, debounceMs: 0, leaseMs: 30_000, orgIds: [...tenantOrgIds], ...options });
}

export async function drainJobs(options: TestWorkerOptions = {}): Promise<void> {
  await testWorker(options).drain();
}

/** A clock tests move by hand: debounce and backoff without real sleeps. */
export function manualClock(start = new Date()) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}
