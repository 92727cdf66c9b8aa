/**
 * What `npm run dev` and `npm start` need around Next: the database (DATABASE_URL, or embedded
 * PGlite), migrations, demo data on an empty database, file storage (S3_BUCKET, or embedded
 * s3rver) and a local-session secret. Anything configured in the environment is used as is.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { assertProductionConfig } from "../../lib/config/production-config";
import { createDbClient } from "../../lib/db/create-db-client";
import { applyMigrations } from "../../lib/db/migrations";
import { resolveDatabase } from "../../lib/db/resolve-database";
import { seedDemoData } from "../../prisma/seed/seed-demo-data";
import { openFileStorage } from "./open-file-storage";

export type LocalServices = { env: Record<string, string>; summary: string[]; stop(): Promise<void> };

function localAuthSecret(): string {
  const file = path.resolve(".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** `production`: for `npm start`, which refuses development stand-ins it would otherwise start (lib/config/production-config.ts). */
export async function startLocalServices(options: { seedWhenEmpty: boolean; production?: boolean }): Promise<LocalServices> {
  // Before anything starts: the refusal is the whole answer.
  if (options.production) assertProductionConfig(process.env, { embeddedFileStore: !process.env.S3_BUCKET, generatedAuthSecret: !process.env.AUTH_SECRET });
  const env: Record<string, string> = {};
  const summary: string[] = [];
  const stops: (() => Promise<void>)[] = [];

  const database = await resolveDatabase();
  stops.push(database.stop);
  env.DATABASE_URL = database.url;
  // pglite-socket runs every connection through one PGlite session, and a large statement can
  // interleave with another connection's messages; one connection per process avoids it.
  if (database.embedded && !process.env.DATABASE_POOL_SIZE) env.DATABASE_POOL_SIZE = "1";
  summary.push(database.embedded ? `database: embedded PGlite (.data/pglite) at ${new URL(database.url).host}` : "database: DATABASE_URL");

  const applied = await applyMigrations(database.url);
  summary.push(applied.length ? `migrations: applied ${applied.length}` : "migrations: up to date");

  // Storage first: the demo seed puts its files there.
  const files = await openFileStorage();
  stops.push(files.stop);
  Object.assign(env, files.env);
  summary.push(files.embedded ? `files: embedded S3 (.data/s3) at ${files.env.S3_ENDPOINT}` : `files: S3 bucket ${process.env.S3_BUCKET}`);

  if (options.seedWhenEmpty) {
    const db = createDbClient(database.url);
    try {
      if ((await db.organization.count()) === 0) {
        await seedDemoData(db, files.storage);
        summary.push("demo data: seeded (empty database)");
      }
    } finally {
      await db.$disconnect();
    }
  }

  if (!process.env.AUTH_SECRET) Object.assign(env, { AUTH_SECRET: localAuthSecret(), AUTH_SECRET_GENERATED: "true" });

  return {
    env,
    summary,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => {});
    },
  };
}
