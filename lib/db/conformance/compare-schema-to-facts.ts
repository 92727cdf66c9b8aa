import type { ColumnSnapshot, SchemaSnapshot } from "./read-schema-snapshot";

export type FactsColumn = {
  name: string;
  type: string;
  base_type: string;
  enum_values: string[] | null;
  open_enum: boolean;
  nullable: boolean;
  references: string | null;
};
export type FactsTable = { domain: string; columns: FactsColumn[]; indexes: { columns: string[]; unique: boolean }[]; unique: string[][] };
export type Facts = { tables: Record<string, FactsTable>; named_indexes: { name: string; table: string; columns: string[] }[] };

/** Columns the dictionary's conventions add beyond its tables: BaseModel soft delete where the data room needs it. */
export const ALLOWED_EXTRA_COLUMNS: Record<string, string[]> = { documents: ["is_deleted"], document_folders: ["is_deleted"] };

const SIMPLE_TYPES: Record<string, string> = {
  UUID: "uuid",
  TEXT: "text",
  JSONB: "jsonb",
  DATE: "date",
  TIMESTAMP: "timestamp without time zone",
  INTEGER: "integer",
  BIGINT: "bigint",
  SMALLINT: "smallint",
  BOOLEAN: "boolean",
};

/** Every way the column differs from the dictionary's type, as sentences. */
function typeDrift(fact: FactsColumn, actual: ColumnSnapshot): string[] {
  const where = `${actual.table}.${actual.column}`;
  const expect = (what: string, wanted: unknown, got: unknown) => (wanted === got ? [] : [`${where}: ${what} should be ${wanted}, is ${got}`]);
  const sized = /^(VARCHAR|CHAR|NUMERIC)\((\d+)(?:,(\d+))?\)$/.exec(fact.type);
  if (fact.base_type === "ENUM") {
    if (actual.dataType !== "USER-DEFINED" || !actual.enumValues) return [`${where}: should be an enum, is ${actual.dataType}`];
    const listed = fact.enum_values ?? [];
    const count = /\((\d+) values\)/.exec(fact.type)?.[1];
    if (count) return expect("number of enum values", Number(count), actual.enumValues.length);
    const missing = listed.filter((v) => !actual.enumValues!.includes(v));
    // An empty list (a bare ENUM) leaves the values to the schema; "..." (open_enum) allows more.
    const extra = fact.open_enum || !listed.length ? [] : actual.enumValues.filter((v) => !listed.includes(v));
    return [...missing.map((v) => `${where}: enum lacks value ${v}`), ...extra.map((v) => `${where}: enum has value ${v} the dictionary does not list`)];
  }
  if (fact.type === "UUID[]") return expect("type", "_uuid", actual.udtName);
  if (fact.type === "TEXT[]") return expect("type", "_text", actual.udtName);
  if (fact.type === "NUMERIC") return [...expect("type", "numeric", actual.dataType), ...expect("precision", null, actual.precision)];
  if (sized) {
    const [, kind, size, scale] = sized;
    const dataType = { VARCHAR: "character varying", CHAR: "character", NUMERIC: "numeric" }[kind]!;
    if (kind === "NUMERIC") {
      return [...expect("type", dataType, actual.dataType), ...expect("precision", Number(size), actual.precision), ...expect("scale", Number(scale ?? 0), actual.scale)];
    }
    return [...expect("type", dataType, actual.dataType), ...expect("length", Number(size), actual.maxLength)];
  }
  const simple = SIMPLE_TYPES[fact.type];
  return simple ? expect("type", simple, actual.dataType) : [`${where}: the dictionary type ${fact.type} is not understood by this test`];
}

/**
 * Drift between the migrated database and the dictionary facts, as readable sentences; empty when
 * they conform. Only the named tables are compared (all of them once the schema is complete).
 */
export function compareSchemaToFacts(facts: Facts, snapshot: SchemaSnapshot, tables: string[] = Object.keys(facts.tables)): string[] {
  const drift: string[] = [];
  for (const table of tables) {
    const fact = facts.tables[table];
    const columns = snapshot.columns.filter((c) => c.table === table);
    if (!columns.length) {
      drift.push(`${table}: table is missing`);
      continue;
    }
    for (const factColumn of fact.columns) {
      const actual = columns.find((c) => c.column === factColumn.name);
      if (!actual) {
        drift.push(`${table}.${factColumn.name}: column is missing`);
        continue;
      }
      drift.push(...typeDrift(factColumn, actual));
      if (actual.nullable !== factColumn.nullable) drift.push(`${table}.${factColumn.name}: should be ${factColumn.nullable ? "nullable" : "NOT NULL"}`);
      const fk = snapshot.foreignKeys.find((f) => f.table === table && f.column === factColumn.name);
      if (factColumn.references && (fk?.refTable !== factColumn.references || fk.refColumn !== "id")) {
        drift.push(`${table}.${factColumn.name}: should reference ${factColumn.references}(id)`);
      }
      if (!factColumn.references && fk) drift.push(`${table}.${factColumn.name}: has a foreign key to ${fk.refTable} the dictionary does not describe`);
    }
    const allowed = new Set([...fact.columns.map((c) => c.name), ...(ALLOWED_EXTRA_COLUMNS[table] ?? [])]);
    for (const extra of columns.filter((c) => !allowed.has(c.column))) drift.push(`${table}.${extra.column}: column is not in the dictionary`);

    const indexes = snapshot.indexes.filter((i) => i.table === table && !i.predicate);
    const hasIndex = (cols: string[], unique: boolean) => indexes.some((i) => i.columns.join() === cols.join() && (!unique || i.unique));
    for (const index of fact.indexes) {
      if (!hasIndex(index.columns, index.unique)) drift.push(`${table}: lacks ${index.unique ? "unique " : ""}index on (${index.columns.join(", ")})`);
    }
    for (const cols of fact.unique) if (!hasIndex(cols, true)) drift.push(`${table}: lacks unique constraint on (${cols.join(", ")})`);
  }
  for (const named of facts.named_indexes.filter((n) => tables.includes(n.table))) {
    const index = snapshot.indexes.find((i) => i.name === named.name);
    if (!index) drift.push(`index ${named.name} is missing`);
    else if (index.table !== named.table || index.columns.join() !== named.columns.join()) {
      drift.push(`index ${named.name} should be on ${named.table}(${named.columns.join(", ")}), is on ${index.table}(${index.columns.join(", ")})`);
    }
  }
  return drift;
}
