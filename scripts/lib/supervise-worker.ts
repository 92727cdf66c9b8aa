import { type ChildProcess, spawn } from "node:child_process";
import { WORKER_ENTRY, WORKER_EXEC_ARGV } from "./worker-command";

export type SupervisedWorker = { stop(): Promise<void> };

/**
 * Runs the job worker as its own process beside Next and restarts it if it dies (after a pause
 * that grows while it keeps dying). Nothing is lost meanwhile: the work waits in PostgreSQL.
 */
export function superviseWorker(env: NodeJS.ProcessEnv): SupervisedWorker {
  let child: ChildProcess | null = null;
  let stopping = false;
  let failures = 0;

  const launch = () => {
    const startedAt = Date.now();
    child = spawn(process.execPath, [...WORKER_EXEC_ARGV, WORKER_ENTRY], { stdio: "inherit", env });
    child.on("exit", (code, signal) => {
      child = null;
      if (stopping) return;
      failures = Date.now() - startedAt > 60_000 ? 1 : failures + 1;
      const delay = Math.min(1_000 * 2 ** (failures - 1), 30_000);
      console.error(`[worker] stopped (${signal ?? `exit code ${code}`}); restarting in ${delay / 1000} s`);
      setTimeout(launch, delay);
    });
  };
  launch();

  return {
    async stop() {
      stopping = true;
      const running = child;
      if (!running) return;
      await new Promise<void>((resolve) => {
        running.once("exit", () => resolve());
        running.kill("SIGTERM");
        setTimeout(() => running.kill("SIGKILL"), 10_000).unref();
      });
    },
  };
}
