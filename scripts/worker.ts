/**
 * npm run worker — the job worker. `npm run dev`, `npm start` and the e2e server start it beside
 * Next. Without Inngest it runs every job from PostgreSQL (heavy ones in a capped child process);
 * with Inngest configured it relays the outbox to Inngest, which runs the jobs.
 */
import { inngest, isInngestConfigured } from "../inngest/client";
import { jobs } from "../inngest/functions";
import { createDbClient } from "../lib/db/create-db-client";
import { dispatchToInngest } from "../lib/jobs/worker/dispatch-to-inngest";
import { HeavyLane } from "../lib/jobs/worker/heavy-lane";
import { JobWorker } from "../lib/jobs/worker/job-worker";
import { readWorkerSettings } from "../lib/jobs/worker/read-worker-settings";
import { JOB_CHILD_ENTRY, WORKER_EXEC_ARGV } from "./lib/worker-command";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("[worker] DATABASE_URL is not set: start it through npm run dev / npm start, or set it.");
  process.exit(1);
}
const db = createDbClient(databaseUrl);
const settings = readWorkerSettings(process.env);

if (isInngestConfigured()) {
  let stopping = false;
  const relay = async () => {
    while (!stopping) {
      const sent = await dispatchToInngest(db, (events) => inngest.send(events)).catch((error) => {
        console.error("[worker] relay to Inngest failed:", error instanceof Error ? error.message : error);
        return 0;
      });
      if (!sent) await new Promise((resolve) => setTimeout(resolve, settings.pollMs));
    }
  };
  void relay();
  console.log("[worker] relaying the outbox to Inngest");
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => ((stopping = true), void db.$disconnect().then(() => process.exit(0))));
} else {
  const heapMb = Math.max(...jobs.map((job) => job.limits?.memoryMb ?? 0), 512);
  const heavyLane = settings.isolateHeavyJobs ? new HeavyLane({ entry: JOB_CHILD_ENTRY, execArgv: WORKER_EXEC_ARGV, heapMb }) : null;
  const worker = new JobWorker({ jobs, db, heavyLane, cron: true, heartbeat: true, ...settings });
  worker.start();
  console.log(`[worker] ${worker.id} running ${jobs.length} jobs (${settings.slots} slots${heavyLane ? ", heavy jobs isolated" : ""})`);
  const shutdown = async () => {
    await worker.stop();
    await db.$disconnect();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown());
}
