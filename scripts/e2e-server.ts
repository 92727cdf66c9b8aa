/**
 * The server Playwright tests run against: `next start` on a production build, local auth mode
 * explicitly enabled, a fresh database (a new `<name>_e2e` database on DATABASE_URL's server, or
 * in-memory PGlite), migrated and seeded with the demo tenants, and a throwaway S3 directory.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { generateFernetKey } from "../lib/crypto/fernet";
import { createDbClient } from "../lib/db/create-db-client";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations";
import { startEmbeddedS3 } from "../lib/storage/embedded-s3";
import { getStorage } from "../lib/storage/s3-client";
import { seedDemoData } from "../prisma/seed/seed-demo-data";
import { superviseWorker } from "./lib/supervise-worker";

async function freshDatabase(): Promise<string> {
  const configured = process.env.DATABASE_URL;
  if (!configured) return (await startEmbeddedPostgres({ inMemory: true })).url;
  const url = new URL(configured);
  const name = `${url.pathname.slice(1) || "scr"}_e2e`;
  const admin = new pg.Client({ connectionString: configured });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

if (!existsSync(path.join(process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"))) {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The production server refuses the development Fernet key: the seed (which encrypts the demo's
// webhook and CRM secrets) and the server share a throwaway one, as they share the database.
process.env.FERNET_KEY ??= generateFernetKey();
const databaseUrl = await freshDatabase();
await applyMigrations(databaseUrl);
const s3 = await startEmbeddedS3({ directory: mkdtempSync(path.join(tmpdir(), "scr-e2e-s3-")) });
const db = createDbClient(databaseUrl);
await seedDemoData(db, getStorage({ ...process.env, ...s3.env }));
await db.$disconnect();

const port = process.env.E2E_PORT ?? "3100";
// Node closes idle keep-alive sockets after 5 s; a client reusing one at that instant gets
// ECONNRESET (seen in CI while a redaction job kept the event loop busy). Playwright's request
// context keeps sockets alive without a timeout of its own, so the server's is made long.
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...s3.env,
  NODE_ENV: "production",
  DATABASE_URL: databaseUrl,
  AUTH_MODE: "local",
  AUTH_SECRET: randomBytes(32).toString("hex"),
  // A throwaway S3 directory is what e2e tests want: the production server must be told it is meant.
  ALLOW_EMBEDDED_SERVICES: "true",
  NEXT_TELEMETRY_DISABLED: "1",
  CLERK_SECRET_KEY: "",
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "",
  // Two browsers and the server share two cores with the worker: two jobs at a time is plenty.
  JOBS_SLOTS: process.env.JOBS_SLOTS ?? "2",
  // Mail stays in the development mailbox (/dev/mailbox), which e2e/notifications.spec.ts reads; never a real server.
  SMTP_URL: "",
  DEV_MAILBOX: "1",
  // e2e/webhooks.spec.ts receives deliveries on 127.0.0.1.
  WEBHOOK_ALLOW_LOOPBACK: "true",
  // The seeded history is older than the retention periods, and the first worker pass runs the nightly job.
  RETENTION: "dry-run",
};
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", port, "--keepAliveTimeout", "65000"], { stdio: "inherit", env });
const worker = superviseWorker(env);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => void worker.stop().then(() => process.exit(code ?? 0)));
