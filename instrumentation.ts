/**
 * Runs once when a Next server starts. A production server refuses a configuration that would
 * run it on development stand-ins or with ambiguous auth (lib/config/production-config.ts), so a
 * `next start` launched without `npm start` is held to the same rules. It also gives back the
 * memory a burst of requests leaves behind once it goes quiet (IDLE_GC=off leaves that to V8).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertProductionConfig } = await import("@/lib/config/production-config");
  assertProductionConfig(process.env);
  if (process.env.IDLE_GC !== "off") {
    const { collectGarbageWhenIdle } = await import("@/lib/runtime/collect-garbage-when-idle");
    collectGarbageWhenIdle();
  }
}
