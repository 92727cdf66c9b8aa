import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeDatabaseFailure } from "@/lib/db/describe-database-failure";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";

function migrationsDir(migrations: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "scr-migrations-"));
  writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
  await client.end();
  return rows.map((r) => r.table_name);
}

describe("db:migrate", () => {
  let database: EmbeddedPostgres;
  beforeAll(async () => {
    database = await startEmbeddedPostgres({ inMemory: true });
  });
  afterAll(async () => database.stop());

  it("applies the project's migrations once; a second run changes nothing", async () => {
    expect((await applyMigrations(database.url)).length).toBeGreaterThan(0);
    expect(await applyMigrations(database.url)).toEqual([]);
    expect(await tables(database.url)).toEqual(expect.arrayContaining(["organizations", "projects", "audit_logs", "_prisma_migrations"]));
  });

  it("stops at a failed migration, names it, and leaves none of it applied", async () => {
    const other = await startEmbeddedPostgres({ inMemory: true });
    try {
      const dir = migrationsDir({
        "20260101000000_first": 'CREATE TABLE "first_table" ("id" INTEGER);',
        "20260102000000_broken": 'CREATE TABLE "half_table" ("id" INTEGER);\nALTER TABLE "no_such_table" ADD COLUMN "x" TEXT;',
        "20260103000000_after": 'CREATE TABLE "after_table" ("id" INTEGER);',
      });
      const failure = await applyMigrations(other.url, dir).catch((error: unknown) => error);
      expect(describeDatabaseFailure(failure)).toMatch(/20260102000000_broken/);
      const present = await tables(other.url);
      expect(present).toContain("first_table");
      expect(present).not.toContain("half_table");
      expect(present).not.toContain("after_table");
    } finally {
      await other.stop();
    }
  });
});
