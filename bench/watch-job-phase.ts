/**
 * Which of an org's jobs the worker is running right now, read from `job_runs` every 50 ms:
 * the benchmark files each health sample under it.
 */
import type { DbClient } from "../lib/db/create-db-client";

export type PhaseWatch = { current(): string | null; stop(): void };

/** `phases` maps a job id to its phase name; a running job not listed counts as no phase. */
export function watchJobPhase(db: DbClient, orgId: string, phases: Record<string, string>, intervalMs = 50): PhaseWatch {
  let current: string | null = null;
  let stopped = false;
  const poll = async () => {
    while (!stopped) {
      const running = await db.jobRun.findMany({ where: { orgId, status: "RUNNING" }, select: { jobId: true } }).catch(() => []);
      const names = [...new Set(running.map((run) => phases[run.jobId]).filter(Boolean))];
      // Two phases at once (never expected: they follow one another) would blur both figures.
      current = names.length === 1 ? names[0] : null;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  };
  void poll();
  return {
    current: () => current,
    stop: () => {
      stopped = true;
    },
  };
}
