import path from "node:path";

/** Node flags that run the worker's TypeScript directly, with lib/'s server-only guard lifted. */
export const WORKER_EXEC_ARGV = ["--import", "tsx", "--import", path.resolve("scripts/lib/server-only-hook.mjs")];

export const WORKER_ENTRY = path.resolve("scripts/worker.ts");
export const JOB_CHILD_ENTRY = path.resolve("scripts/job-child.ts");
