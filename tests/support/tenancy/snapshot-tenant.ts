/**
 * Everything one org owns, as a digest per table, to prove a refused call changed nothing. The
 * tables are found from the database itself: those with an `org_id`, the org's own row, and any
 * table whose foreign key points into one of those (milestones through their project, extractions
 * through their document...), so a new table is covered without touching this file.
 */
import { db } from "../test-db";

type TablePlan = { table: string; where: string; hasId: boolean };
export type TenantSnapshot = Record<string, { rows: number; digest: string }>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

let plan: Promise<TablePlan[]> | undefined;

async function buildPlan(): Promise<TablePlan[]> {
  const columns = await db.$queryRawUnsafe<{ table: string; column: string }[]>(
    `SELECT c.table_name AS "table", c.column_name AS "column" FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'`,
  );
  const foreignKeys = await db.$queryRawUnsafe<{ child: string; column: string; parent: string; parentColumn: string }[]>(
    `SELECT child.relname AS child, a.attname AS "column", parent.relname AS parent, pa.attname AS "parentColumn"
     FROM pg_constraint k
     JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
     JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]
     WHERE k.contype = 'f' AND cardinality(k.conkey) = 1 AND k.connamespace = 'public'::regnamespace`,
  );
  const columnsOf = new Map<string, Set<string>>();
  for (const { table, column } of columns) columnsOf.set(table, (columnsOf.get(table) ?? new Set()).add(column));

  // $1 is the org id throughout: the org's row, its rows by org_id, then children of scoped tables.
  const where = new Map<string, string>([["organizations", `id = $1`]]);
  for (const [table, cols] of columnsOf) if (cols.has("org_id")) where.set(table, `org_id = $1`);
  for (let grew = true; grew; ) {
    grew = false;
    for (const table of columnsOf.keys()) {
      if (where.has(table)) continue;
      const links = foreignKeys.filter((fk) => fk.child === table && fk.parent !== table && where.has(fk.parent));
      if (!links.length) continue;
      const through = links.map((fk) => `${quote(fk.column)} IN (SELECT ${quote(fk.parentColumn)} FROM ${quote(fk.parent)} WHERE ${where.get(fk.parent)})`);
      where.set(table, through.join(" OR "));
      grew = true;
    }
  }
  return [...where].sort(([a], [b]) => a.localeCompare(b)).map(([table, predicate]) => ({ table, where: predicate, hasId: columnsOf.get(table)!.has("id") }));
}

/** Row count and an md5 over every row (each column's text, updated_at included) of each table the org owns. */
export async function snapshotTenant(orgId: string): Promise<TenantSnapshot> {
  const tables = await (plan ??= buildPlan());
  const digests = await db.$queryRawUnsafe<{ table: string; rows: number; digest: string }[]>(
    tables
      .map(
        ({ table, where }) =>
          `SELECT '${table}' AS "table", count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${quote(table)} t WHERE ${where}`,
      )
      .join(" UNION ALL "),
    orgId,
  );
  return Object.fromEntries(digests.map(({ table, rows, digest }) => [table, { rows, digest }]));
}

/** The id of every row the org owns, in any table. */
export async function listTenantIds(orgId: string): Promise<Set<string>> {
  const tables = (await (plan ??= buildPlan())).filter((t) => t.hasId);
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    tables.map(({ table, where }) => `SELECT id::text AS id FROM ${quote(table)} WHERE ${where}`).join(" UNION ALL "),
    orgId,
  );
  return new Set(rows.map((row) => row.id));
}
