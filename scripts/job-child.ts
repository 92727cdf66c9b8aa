/**
 * The heavy lane's child process (lib/jobs/worker/heavy-lane.ts): runs one attempt at a time for
 * the worker under a memory cap. JOBS_REGISTRY names another registry module (tests).
 */
import { pathToFileURL } from "node:url";
import path from "node:path";
import type { JobDefinition } from "../lib/jobs/define-job";
import { createDbClient } from "../lib/db/create-db-client";
import type { JobRunRow } from "../lib/jobs/worker/job-run-row";
import { CpuPacer } from "../lib/jobs/worker/cpu-pacer";
import { readWorkerSettings } from "../lib/jobs/worker/read-worker-settings";
import { runJobAttempt } from "../lib/jobs/worker/run-job-attempt";

const registryPath = process.env.JOBS_REGISTRY ? path.resolve(process.env.JOBS_REGISTRY) : path.resolve("inngest/functions/index.ts");
const { jobs } = (await import(pathToFileURL(registryPath).href)) as { jobs: readonly JobDefinition[] };
const db = createDbClient(process.env.DATABASE_URL as string);
const pacer = new CpuPacer(readWorkerSettings(process.env).heavyCpuShare);
const pace = () => pacer.pace();

process.on("message", async (message: { type: string; run: JobRunRow }) => {
  if (message.type !== "run") return;
  const job = jobs.find((candidate) => candidate.id === message.run.job_id);
  const outcome = job ? await runJobAttempt(db, job, message.run, { pace }) : { ok: false, retriable: false, message: `no job named ${message.run.job_id}` };
  process.send?.({ type: "done", runId: message.run.id, outcome });
});
process.on("disconnect", () => process.exit(0));
