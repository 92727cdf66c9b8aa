import { findRunningEmbeddedPostgres, startEmbeddedPostgres } from "./embedded-postgres";
import { parseDatabaseUrl } from "./database-url";

export type ResolvedDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

/**
 * DATABASE_URL when set; otherwise the embedded PGlite server (reusing one that `npm run dev`
 * already serves, since PGlite's data directory belongs to one process at a time).
 */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    parseDatabaseUrl(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const running = await findRunningEmbeddedPostgres();
  if (running) return { url: running, embedded: true, stop: async () => {} };
  const started = await startEmbeddedPostgres();
  return { url: started.url, embedded: true, stop: started.stop };
}
