/**
 * The databases a benchmark runs against: a fresh in-memory PGlite (the embedded default) always,
 * and PostgreSQL when DATABASE_URL is set (a new `<name>_bench` database, dropped and recreated).
 */
import pg from "pg";
import { createDbClient, type DbClient } from "../lib/db/create-db-client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations";

export type BenchDatabase = { backend: string; embedded: boolean; url: string; db: DbClient; close(): Promise<void> };
type Opener = { backend: string; embedded: boolean; open(): Promise<{ url: string; stop(): Promise<void> }> };

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
  const backends: Opener[] = [{ backend: "embedded (PGlite)", embedded: true, open: () => startEmbeddedPostgres({ inMemory: true }) }];
  const configured = process.env.DATABASE_URL;
  if (configured) backends.push({ backend: "postgresql", embedded: false, open: () => freshPostgres(configured) });
  return backends;
}

/** Opens a backend, migrated, with the app's Prisma client (lib/db/client.ts) pointed at it. */
export async function openBenchDatabase(opener: Opener): Promise<BenchDatabase> {
  const server = await opener.open();
  await applyMigrations(server.url);
  // pglite-socket runs every connection through one PGlite session, and statements from two
  // connections can interleave ("portal does not exist"): one connection, as `npm start` sets.
  const configuredPool = process.env.DATABASE_POOL_SIZE;
  if (opener.embedded) process.env.DATABASE_POOL_SIZE = "1";
  const db = createDbClient(server.url);
  if (configuredPool === undefined) delete process.env.DATABASE_POOL_SIZE;
  else process.env.DATABASE_POOL_SIZE = configuredPool;
  // lib/db/client.ts creates its client lazily into this slot: filling it first makes the app's
  // own query code (listProjects) run against the bench database.
  (globalThis as { __scrDb?: DbClient }).__scrDb = db;
  return {
    backend: opener.backend,
    embedded: opener.embedded,
    url: server.url,
    db,
    async close() {
      await db.$disconnect();
      (globalThis as { __scrDb?: DbClient }).__scrDb = undefined;
      await server.stop();
    },
  };
}
