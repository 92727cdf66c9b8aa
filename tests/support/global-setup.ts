/**
 * One database for the whole run, made fresh and migrated: a new database on the PostgreSQL
 * server of DATABASE_URL (CI), or an in-memory embedded PGlite otherwise. Each test makes its own
 * tenants with the factories, so files run in parallel without cleaning up after each other.
 */
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrations";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { grantAppRole, urlAsRole } from "../../lib/db/grant-app-role";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    embeddedDatabase: boolean;
    ownerDatabaseUrl: string;
  }
}

async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  let stop = async () => {};
  let url: string;
  if (process.env.DATABASE_URL) {
    const base = new URL(process.env.DATABASE_URL);
    url = await recreateDatabase(process.env.DATABASE_URL, `${base.pathname.slice(1) || "scr"}_vitest`);
  } else {
    const embedded = await startEmbeddedPostgres({ inMemory: true });
    url = embedded.url;
    stop = embedded.stop;
  }
  await applyMigrations(url);
  // On PostgreSQL the tests run as the app's least-privilege role, as production should: a write
  // that needs more than data privileges (DDL, rewriting an audit row) fails here first.
  const appUrl = process.env.DATABASE_URL ? await asAppRole(url) : url;
  project.provide("databaseUrl", appUrl);
  project.provide("ownerDatabaseUrl", url);
  project.provide("embeddedDatabase", !process.env.DATABASE_URL);
  return stop;
}

const TEST_APP_ROLE = "scr_app_test";

async function asAppRole(ownerUrl: string): Promise<string> {
  await grantAppRole(ownerUrl, TEST_APP_ROLE);
  return urlAsRole(ownerUrl, TEST_APP_ROLE);
}
