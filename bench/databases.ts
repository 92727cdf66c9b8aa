/**
 * The databases a benchmark runs against: a fresh in-memory PGlite (the embedded default) always,
 * and PostgreSQL when DATABASE_URL is set (a new `<name>_bench` database, dropped and recreated).
 */
import pg from "pg";
import { createDbClient, type DbClient } from "../lib/db/create-db-client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations";

export type BenchDatabase = { backend: string; db: DbClient; close(): Promise<void> };
type Opener = { backend: string; open(): Promise<{ url: string; stop(): Promise<void> }> };

async function freshPostgres(configured: string) {
  const url = new URL(configured);
  const name = `${url.pathname.slice(1) || "scr"}_bench`;
  const admin = new pg.Client({ connectionString: configured });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: async () => {} };
}

export function benchBackends(): Opener[] {
  const backends: Opener[] = [{ backend: "embedded (PGlite)", open: () => startEmbeddedPostgres({ inMemory: true }) }];
  const configured = process.env.DATABASE_URL;
  if (configured) backends.push({ backend: "postgresql", open: () => freshPostgres(configured) });
  return backends;
}

/** Opens a backend, migrated, with the app's Prisma client (lib/db/client.ts) pointed at it. */
export async function openBenchDatabase(opener: Opener): Promise<BenchDatabase> {
  const server = await opener.open();
  await applyMigrations(server.url);
  const db = createDbClient(server.url);
  // lib/db/client.ts creates its client lazily into this slot: filling it first makes the app's
  // own query code (listProjects) run against the bench database.
  (globalThis as { __scrDb?: DbClient }).__scrDb = db;
  return {
    backend: opener.backend,
    db,
    async close() {
      await db.$disconnect();
      (globalThis as { __scrDb?: DbClient }).__scrDb = undefined;
      await server.stop();
    },
  };
}
