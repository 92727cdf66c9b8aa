export type WorkerSettings = { slots: number; pollMs: number; retryBaseMs: number; debounceMs?: number; isolateHeavyJobs: boolean; heavyCpuShare: number };

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value && Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}

/** The worker's settings (README, "Jobs"): JOBS_SLOTS, JOBS_POLL_MS, JOBS_RETRY_BASE_MS, JOBS_DEBOUNCE_MS, JOBS_ISOLATE, JOBS_HEAVY_CPU_SHARE. */
export function readWorkerSettings(env: NodeJS.ProcessEnv): WorkerSettings {
  return {
    slots: numberFrom(env.JOBS_SLOTS, 4),
    pollMs: numberFrom(env.JOBS_POLL_MS, 250),
    retryBaseMs: numberFrom(env.JOBS_RETRY_BASE_MS, 2_000),
    debounceMs: env.JOBS_DEBOUNCE_MS ? numberFrom(env.JOBS_DEBOUNCE_MS, 0) : undefined,
    isolateHeavyJobs: env.JOBS_ISOLATE !== "off",
    // The heavy-lane child's pace (cpu-pacer.ts): half a core leaves a two-core machine's web server and PostgreSQL the rest.
    heavyCpuShare: Math.min(numberFrom(env.JOBS_HEAVY_CPU_SHARE, 0.5) || 1, 1),
  };
}
