import pg from "pg";

export type ColumnSnapshot = {
  table: string;
  column: string;
  dataType: string;
  udtName: string;
  maxLength: number | null;
  precision: number | null;
  scale: number | null;
  nullable: boolean;
  enumValues: string[] | null;
};
export type IndexSnapshot = { table: string; name: string; unique: boolean; columns: string[]; predicate: string | null };
export type ForeignKeySnapshot = { table: string; column: string; refTable: string; refColumn: string };
export type SchemaSnapshot = { columns: ColumnSnapshot[]; indexes: IndexSnapshot[]; foreignKeys: ForeignKeySnapshot[] };

const COLUMNS_SQL = `
  SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.character_maximum_length, c.numeric_precision,
         c.numeric_scale, c.is_nullable = 'YES' AS nullable,
         (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
           WHERE t.typname = c.udt_name) AS enum_values
  FROM information_schema.columns c
  WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'
  ORDER BY c.table_name, c.ordinal_position`;

const INDEXES_SQL = `
  SELECT t.relname AS table_name, i.relname AS index_name, ix.indisunique AS is_unique,
         pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
         array_agg(a.attname::text ORDER BY k.ord) AS columns
  FROM pg_index ix
  JOIN pg_class t ON t.oid = ix.indrelid
  JOIN pg_class i ON i.oid = ix.indexrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
  CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
  WHERE NOT ix.indisprimary
  GROUP BY t.relname, i.relname, ix.indisunique, ix.indpred, ix.indrelid
  ORDER BY 1, 2`;

const FOREIGN_KEYS_SQL = `
  SELECT cl.relname AS table_name, a.attname::text AS column_name, rcl.relname AS ref_table, ra.attname::text AS ref_column
  FROM pg_constraint con
  JOIN pg_class cl ON cl.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
  JOIN pg_class rcl ON rcl.oid = con.confrelid
  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
  JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = con.confkey[1]
  WHERE con.contype = 'f'
  ORDER BY 1, 2`;

/** What the migrated database really is, read from information_schema and pg_catalog. */
export async function readSchemaSnapshot(databaseUrl: string): Promise<SchemaSnapshot> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const columns = await client.query(COLUMNS_SQL);
    const indexes = await client.query(INDEXES_SQL);
    const foreignKeys = await client.query(FOREIGN_KEYS_SQL);
    return {
      columns: columns.rows.map((r) => ({
        table: r.table_name,
        column: r.column_name,
        dataType: r.data_type,
        udtName: r.udt_name,
        maxLength: r.character_maximum_length,
        precision: r.numeric_precision,
        scale: r.numeric_scale,
        nullable: r.nullable,
        enumValues: r.enum_values,
      })),
      indexes: indexes.rows.map((r) => ({ table: r.table_name, name: r.index_name, unique: r.is_unique, columns: r.columns, predicate: r.predicate })),
      foreignKeys: foreignKeys.rows.map((r) => ({ table: r.table_name, column: r.column_name, refTable: r.ref_table, refColumn: r.ref_column })),
    };
  } finally {
    await client.end();
  }
}
