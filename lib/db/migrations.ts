/**
 * `db:migrate` and `db:migration` on Prisma's WASM schema engine: the same SQL generation and the
 * same `_prisma_migrations` bookkeeping as `prisma migrate deploy` / `prisma migrate dev`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { noSchemaFilter, openSchemaEngine, type SchemaFile } from "./schema-engine";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_DIR = path.resolve("prisma/schema");
const LOCKFILE = "migration_lock.toml";

export function readSchemaFiles(dir = SCHEMA_DIR): SchemaFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".prisma"))
    .sort()
    .map((name) => ({ path: path.join(dir, name), content: readFileSync(path.join(dir, name), "utf8") }));
}

export function readMigrationList(dir = MIGRATIONS_DIR): MigrationList {
  const directories = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file) ? { tag: "ok" as const, value: readFileSync(file, "utf8") } : { tag: "error" as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(databaseUrl: string, migrationsDir = MIGRATIONS_DIR): Promise<string[]> {
  const engine = await openSchemaEngine(databaseUrl, readSchemaFiles());
  try {
    const result = await engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters: noSchemaFilter });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

export type PlannedMigration = { name: string; sql: string | null; warnings: string[] };

const DESTRUCTIVE_STEPS: [RegExp, string][] = [
  [/DROP TABLE\s+"?([\w.]+)"?/gi, "drops table $1 and every row in it"],
  [/DROP COLUMN\s+"?(\w+)"?/gi, "drops column $1 and its values"],
  [/ALTER COLUMN\s+"?(\w+)"?\s+SET DATA TYPE/gi, "changes the type of column $1 (values may not convert)"],
  [/DROP TYPE\s+"?(\w+)"?/gi, "drops enum $1"],
  [/This migration removes the value[^\n]*/gi, "removes an enum value that rows may still use"],
];

/**
 * The engine's own data-loss evaluation needs a shadow-database factory the WASM build does not
 * accept, so destructive statements are recognised in the generated SQL instead.
 */
export function findDestructiveSteps(sql: string): string[] {
  const found: string[] = [];
  for (const [pattern, description] of DESTRUCTIVE_STEPS) {
    for (const match of sql.matchAll(pattern)) found.push(description.replace("$1", match[1] ?? ""));
  }
  return found;
}

/**
 * What the next migration would be, written nowhere yet: the engine's diff from the migration
 * history to the schema. The engine replays the history on the database it is connected to, so
 * it gets a throwaway in-memory Postgres (PGlite), never the developer's database.
 */
export async function planMigration(name: string): Promise<PlannedMigration> {
  const files = readSchemaFiles();
  const shadow = await startEmbeddedPostgres({ inMemory: true });
  const engine = await openSchemaEngine(shadow.url, files);
  try {
    const migrationsList = readMigrationList();
    const diff = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: noSchemaFilter,
    });
    const sql = diff.exitCode === 0 ? null : withoutRawSqlIndexDrops(diff.stdout ?? "");
    return { name: `${nextTimestamp(migrationsList.migrationDirectories.map((m) => m.path))}_${name}`, sql, warnings: findDestructiveSteps(sql ?? "") };
  } finally {
    engine.free();
    await shadow.stop();
  }
}

/**
 * Indexes the migrations create in raw SQL because the Prisma schema cannot express them (INCLUDE
 * columns, expressions). The schema diff knows nothing of them and would drop each one in every
 * new migration: those drops are left out. Add an index here when a migration creates one.
 */
export const RAW_SQL_INDEXES = ["ix_marketplace_listings_facets", "ix_qa_questions_project_status_priority", "ix_document_access_logs_deal_room"];

export function withoutRawSqlIndexDrops(sql: string): string | null {
  const kept = RAW_SQL_INDEXES.reduce((text, index) => text.replace(new RegExp(`-- DropIndex\\nDROP INDEX "${index}";\\n*`, "g"), ""), sql);
  // Nothing but comments left: the schema and the migrations agree.
  return kept.replace(/^\s*--.*$/gm, "").trim() ? kept : null;
}

/**
 * The wall clock as yyyymmddhhmmss, or one minute after the latest migration when that is later:
 * migrations apply in name order, so a new one must sort last even if an earlier one was dated ahead.
 */
export function nextTimestamp(existing: readonly string[], now = new Date()): string {
  const format = (date: Date) =>
    date
      .toISOString()
      .replace(/[-:TZ]/g, "")
      .slice(0, 14);
  const latest = existing
    .map((name) => path.basename(name).slice(0, 14))
    .filter((stamp) => /^\d{14}$/.test(stamp))
    .sort()
    .at(-1);
  if (!latest || format(now) > latest) return format(now);
  const [y, mo, d, h, mi, sec] = [0, 4, 6, 8, 10, 12].map((start, i) => Number(latest.slice(start, start + (i === 0 ? 4 : 2))));
  return format(new Date(Date.UTC(y!, mo! - 1, d!, h!, mi! + 1, sec!)));
}

export function writeMigration(plan: PlannedMigration): string {
  const dir = path.join(MIGRATIONS_DIR, plan.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), plan.sql ?? "");
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
  if (!existsSync(lockPath)) writeFileSync(lockPath, 'provider = "postgresql"\n');
  return dir;
}
