import pg from "pg";

/**
 * The tables whose rows are evidence: the app may add and read rows, never change or remove one.
 * The audit trigger forbids it too, but a role that owns a table can drop its trigger; this one
 * owns nothing.
 */
export const APPEND_ONLY_TABLES = ["audit_logs", "audit_log_actors", "document_access_logs"] as const;

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Makes `role` the application's least-privilege login on the database of `ownerUrl` (run as the
 * owner, after migrating): data only (SELECT, INSERT, UPDATE, DELETE), no DDL, no ownership, and
 * on the append-only tables INSERT and SELECT alone. Idempotent; a password is set when given.
 */
export async function grantAppRole(ownerUrl: string, role: string, password?: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`"${role}" is not a plain role name (lower case letters, digits, underscores).`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ db: string }>("SELECT current_database() AS db");
    const database = rows[0].db;
    const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role])).rowCount;
    const login = password ? `LOGIN PASSWORD ${client.escapeLiteral(password)}` : "LOGIN";
    await client.query(`${exists ? "ALTER" : "CREATE"} ROLE ${role} ${login} NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS`);
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${database}" TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${role}`);
    for (const table of APPEND_ONLY_TABLES) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM ${role}`);
    // The migration history is the owner's business.
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${role}`);
  } finally {
    await client.end();
  }
}

/** The same database reached as `role` (trust or password auth, as the server is configured). */
export function urlAsRole(ownerUrl: string, role: string, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password ?? "";
  return url.toString();
}
