import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { createTenant } from "../support/test-db";

/**
 * On PostgreSQL (CI) the suite runs as the least-privilege role of lib/db/grant-app-role.ts: this
 * file proves what that role cannot do. PGlite has no roles to speak of, so there it is skipped.
 */
describe.skipIf(inject("embeddedDatabase"))("the application's database role", () => {
  async function asApp<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
  const refusal = (sql: string, params: unknown[] = []) =>
    asApp((client) => client.query(sql, params)).then(
      () => "allowed",
      (error: Error) => error.message,
    );

  it("is not the owner: the suite's own connection is the app role, without superuser", async () => {
    const [row] = await asApp(async (client) => (await client.query("SELECT current_user AS name, usesuper FROM pg_user WHERE usename = current_user")).rows);
    expect(row).toEqual({ name: "scr_app_test", usesuper: false });
  });

  it("may add audit and access-log rows but never change, remove or truncate them, nor disable their trigger", async () => {
    const actor = await createTenant();
    expect(await refusal("INSERT INTO audit_logs (id, org_id, action, entity_type) VALUES (gen_random_uuid(), $1, 'role.tested', 'Organization')", [actor.org.id])).toBe(
      "allowed",
    );
    expect(await refusal("UPDATE audit_logs SET action = 'rewritten' WHERE org_id = $1", [actor.org.id])).toMatch(/permission denied/);
    expect(await refusal("DELETE FROM audit_logs WHERE org_id = $1", [actor.org.id])).toMatch(/permission denied/);
    expect(await refusal("DELETE FROM document_access_logs WHERE org_id = $1", [actor.org.id])).toMatch(/permission denied/);
    expect(await refusal("UPDATE document_access_logs SET action = action WHERE org_id = $1", [actor.org.id])).toMatch(/permission denied/);
    expect(await refusal("TRUNCATE audit_logs")).toMatch(/permission denied/);
    expect(await refusal("ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_append_only")).toMatch(/must be owner/);
  });

  it("cannot change the schema", async () => {
    expect(await refusal("CREATE TABLE role_probe (id int)")).toMatch(/permission denied/);
    expect(await refusal("DROP TABLE projects")).toMatch(/must be owner/);
    expect(await refusal("INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ('x', 'x', 'x', now())")).toMatch(/permission denied/);
  });
});
