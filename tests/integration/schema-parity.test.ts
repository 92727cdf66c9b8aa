import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { readSchemaSnapshot, type SchemaSnapshot } from "@/lib/db/conformance/read-schema-snapshot";

/** Order-independent: the two servers may sort names under different collations. */
function normalised(snapshot: SchemaSnapshot) {
  const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
  return { columns: sorted(snapshot.columns), indexes: sorted(snapshot.indexes), foreignKeys: sorted(snapshot.foreignKeys) };
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ version: string }>("SELECT version()")).rows[0].version;
  } finally {
    await client.end();
  }
}

// The test database is PostgreSQL where DATABASE_URL is set (CI) and PGlite otherwise; against
// PGlite this compares PGlite with itself, which is cheap and still proves migrations replay.
describe("db:migrate builds the same schema on embedded PGlite and on the test database's server", () => {
  let pglite: EmbeddedPostgres;
  beforeAll(async () => {
    pglite = await startEmbeddedPostgres({ inMemory: true });
    await applyMigrations(pglite.url);
  });
  afterAll(async () => pglite?.stop());

  it("has the same columns, types, enums, indexes (with predicates) and foreign keys", async () => {
    const testDatabaseUrl = process.env.DATABASE_URL!;
    expect(await serverVersion(pglite.url)).toMatch(/PGlite/);
    const [embedded, server] = await Promise.all([readSchemaSnapshot(pglite.url), readSchemaSnapshot(testDatabaseUrl)]);
    expect(embedded.columns.length).toBeGreaterThan(400);
    expect(normalised(embedded)).toEqual(normalised(server));
  });
});
