/**
 * Runs once when a Next server starts. A production server refuses a configuration that would
 * run it on development stand-ins or with ambiguous auth (lib/config/production-config.ts), so a
 * `next start` launched without `npm start` is held to the same rules.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertProductionConfig } = await import("@/lib/config/production-config");
  assertProductionConfig(process.env);
}
