/**
 * npm run db:docs — writes docs/schema.md from the Prisma schema: every table with its columns
 * (database name, type, nullability, default, reference), indexes and relations, and one Mermaid
 * erDiagram per domain file of prisma/schema. Never edit docs/schema.md by hand: re-run this.
 *
 * The schema is read through Prisma's own DMMF (`getDMMF`). `@prisma/internals` is not a
 * dependency here and the generated client carries no DMMF, so this loads the schema parser the
 * Prisma CLI ships (`prisma/build/prisma_schema_build_bg.wasm`) and calls its `get_dmmf`, with
 * the four wasm-bindgen imports it needs written out below.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const SCHEMA_DIR = path.resolve("prisma/schema");
const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const OUTPUT = path.resolve("docs/schema.md");

// ---------------------------------------------------------------------------------------------
// DMMF (the subset this script reads)

type DmmfDefault = { name: string; args: unknown[] } | string | number | boolean | unknown[];
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: DmmfDefault;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  documentation?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[]; documentation?: string };
type DmmfEnum = { name: string; dbName: string | null; values: { name: string; documentation?: string }[]; documentation?: string };
type DmmfIndex = {
  model: string;
  type: "id" | "normal" | "unique" | "fulltext";
  isDefinedOnField: boolean;
  dbName?: string | null;
  fields: { name: string }[];
};
type Dmmf = { datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] } };

type WasmExports = {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, size: number, align: number): void;
  __externref_table_dealloc(index: number): void;
  __wbindgen_start(): void;
  get_dmmf(ptr: number, len: number): [number, number, number, number];
};

/** `getDMMF` for a multi-file schema, on the Prisma CLI's own schema-parser WASM. */
function getDMMF(files: [string, string][]): Dmmf {
  const require = createRequire(import.meta.url);
  const wasmFile = path.join(path.dirname(require.resolve("prisma/package.json")), "build/prisma_schema_build_bg.wasm");
  const module = new WebAssembly.Module(readFileSync(wasmFile));
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let wasm: WasmExports | undefined;
  const text = (ptr: number, len: number) => decoder.decode(new Uint8Array(wasm!.memory.buffer).subarray(ptr >>> 0, (ptr >>> 0) + len));

  // wasm-bindgen suffixes import names with a hash; match on the stable prefix.
  const glue = (name: string): WebAssembly.ImportValue => {
    if (name.startsWith("__wbg_Error")) return (ptr: number, len: number) => new Error(text(ptr, len));
    if (name.startsWith("__wbg___wbindgen_throw"))
      return (ptr: number, len: number) => {
        throw new Error(text(ptr, len));
      };
    if (name.startsWith("__wbg_set_message")) return (ptr: number, len: number) => console.error(`Prisma schema parser panicked: ${text(ptr, len)}`);
    if (name === "__wbindgen_init_externref_table") {
      return () => {
        const table = wasm!.__wbindgen_externrefs;
        const offset = table.grow(4);
        table.set(0, undefined);
        table.set(offset, undefined);
        table.set(offset + 1, null);
        table.set(offset + 2, true);
        table.set(offset + 3, false);
      };
    }
    throw new Error(`${wasmFile} needs an import this script does not provide: ${name} (Prisma upgraded?)`);
  };
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const entry of WebAssembly.Module.imports(module)) {
    imports[entry.module] ??= {};
    imports[entry.module][entry.name] = glue(entry.name);
  }
  wasm = new WebAssembly.Instance(module, imports).exports as unknown as WasmExports;
  wasm.__wbindgen_start();

  const input = new TextEncoder().encode(JSON.stringify({ prismaSchema: files, noColor: true }));
  const ptr = wasm.__wbindgen_malloc(input.length, 1);
  new Uint8Array(wasm.memory.buffer).set(input, ptr);
  const [outPtr, outLen, errorIndex, failed] = wasm.get_dmmf(ptr, input.length);
  if (failed) {
    const error = wasm.__wbindgen_externrefs.get(errorIndex);
    wasm.__externref_table_dealloc(errorIndex);
    throw error;
  }
  try {
    return JSON.parse(text(outPtr, outLen)) as Dmmf;
  } finally {
    wasm.__wbindgen_free(outPtr, outLen, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Schema files and domains

type SchemaFile = { name: string; content: string; domain: string; description: string; models: string[] };

function readSchemaFiles(): SchemaFile[] {
  return (
    readdirSync(SCHEMA_DIR)
      .filter((name) => name.endsWith(".prisma"))
      // Core first: every other domain hangs off its tables.
      .sort((a, b) => Number(b === "core.prisma") - Number(a === "core.prisma") || a.localeCompare(b))
      .map((name) => {
        const content = readFileSync(path.join(SCHEMA_DIR, name), "utf8");
        // The DMMF does not say which file declares a model; each file names its own.
        const models = [...content.matchAll(/^model\s+(\w+)\s*\{/gm)].map((m) => m[1]);
        // The header comment: "// Domain: <name>" and the comment lines that follow it.
        const header = /^\/\/\s*Domain:\s*(.+)\n((?:\/\/.*\n)*)/m.exec(content);
        const description = (header?.[2] ?? "")
          .split("\n")
          .map((l) => l.replace(/^\/\/\s?/, ""))
          .join(" ")
          .trim();
        return { name, content, domain: header?.[1].trim() ?? name.replace(/\.prisma$/, ""), description, models };
      })
  );
}

// ---------------------------------------------------------------------------------------------
// Formatting

const SCALAR_DB_TYPE: Record<string, string> = {
  String: "TEXT",
  Int: "INTEGER",
  BigInt: "BIGINT",
  Boolean: "BOOLEAN",
  DateTime: "TIMESTAMP(3)",
  Decimal: "NUMERIC(65,30)",
  Float: "DOUBLE PRECISION",
  Json: "JSONB",
  Bytes: "BYTEA",
};
const NATIVE_DB_TYPE: Record<string, string> = {
  Uuid: "UUID",
  VarChar: "VARCHAR",
  Char: "CHAR",
  Text: "TEXT",
  Decimal: "NUMERIC",
  Date: "DATE",
  Timestamp: "TIMESTAMP",
  Timestamptz: "TIMESTAMPTZ",
  SmallInt: "SMALLINT",
  Integer: "INTEGER",
  BigInt: "BIGINT",
  JsonB: "JSONB",
  Json: "JSON",
};

function dbType(field: DmmfField, enums: Map<string, DmmfEnum>): string {
  let base: string;
  if (field.kind === "enum") base = enums.get(field.type)?.dbName ?? field.type;
  else if (field.nativeType) {
    const [name, args] = field.nativeType;
    base = (NATIVE_DB_TYPE[name] ?? name.toUpperCase()) + (args.length ? `(${args.join(",")})` : "");
  } else base = SCALAR_DB_TYPE[field.type] ?? field.type;
  return field.isList ? `${base}[]` : base;
}

function formatDefault(field: DmmfField): string {
  if (field.isUpdatedAt) return "set on write (`@updatedAt`)";
  if (!field.hasDefaultValue || field.default === undefined) return "";
  const value = field.default;
  if (Array.isArray(value)) return `\`${JSON.stringify(value)}\``;
  if (typeof value === "object" && value !== null && "name" in value) {
    if (value.name === "dbgenerated") return `\`${String(value.args[0])}\``;
    return `\`${value.name}(${value.args.map(String).join(", ")})\``;
  }
  if (typeof value === "string") return field.kind === "enum" ? `\`${value}\`` : `\`'${value}'\``;
  return `\`${String(value)}\``;
}

const cell = (text: string | undefined) => (text ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
const column = (field: DmmfField) => field.dbName ?? field.name;

/** Mermaid attribute types are single words. */
const mermaidType = (type: string) =>
  type
    .toLowerCase()
    .replace(/\[\]$/, "_array")
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/_+$/, "");

// ---------------------------------------------------------------------------------------------
// Document

type Integrity = { table: string; statement: string; comment: string };

/** CHECKs, partial / NULLS NOT DISTINCT indexes and triggers live in migration SQL, not the schema. */
function readMigrationIntegrity(): Integrity[] {
  if (!existsSync(MIGRATIONS_DIR)) return [];
  const found: Integrity[] = [];
  const dirs = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const dir of dirs) {
    const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
    if (!existsSync(file)) continue;
    // The comment block right above a statement explains it (and the statements that follow it).
    let comment = "";
    let inComment = false;
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const trimmed = line.trim();
      if (trimmed.startsWith("--")) {
        const text = trimmed.replace(/^--\s*/, "");
        comment = inComment ? `${comment} ${text}` : text;
        inComment = true;
        // Prisma's own step labels ("-- CreateTable") are not explanations.
        if (/^[A-Z][a-zA-Z]+$/.test(text)) comment = "";
        continue;
      }
      inComment = false;
      if (!trimmed) continue;
      const check = /^ALTER TABLE "(\w+)" ADD CONSTRAINT "(\w+)" CHECK/.exec(trimmed);
      const notNull = /^ALTER TABLE "(\w+)" ALTER COLUMN "\w+" SET NOT NULL/.exec(trimmed);
      const special = /^CREATE UNIQUE INDEX "\w+" ON "(\w+)".*(NULLS NOT DISTINCT| WHERE )/.exec(trimmed);
      const trigger = /^CREATE TRIGGER "\w+" .* ON "(\w+)"/.exec(trimmed);
      const table = check?.[1] ?? notNull?.[1] ?? special?.[1] ?? trigger?.[1];
      if (table) found.push({ table, statement: trimmed.replace(/;$/, ""), comment });
    }
  }
  return found;
}

function render(files: SchemaFile[], dmmf: Dmmf): string {
  const { models, enums: enumList, indexes } = dmmf.datamodel;
  const enums = new Map(enumList.map((e) => [e.name, e]));
  const byName = new Map(models.map((m) => [m.name, m]));
  const table = (model: DmmfModel) => model.dbName ?? model.name;
  const integrity = readMigrationIntegrity();
  // Prisma creates list columns without NOT NULL (the DMMF calls every list required); a
  // migration may add it.
  const notNullLists = new Set(
    integrity.flatMap((i) => {
      const m = /ALTER COLUMN "(\w+)" SET NOT NULL/.exec(i.statement);
      return m ? [`${i.table}.${m[1]}`] : [];
    }),
  );
  const nullable = (model: DmmfModel, field: DmmfField) => (field.isList ? !notNullLists.has(`${table(model)}.${column(field)}`) : !field.isRequired);
  const out: string[] = [];

  out.push("# Database schema");
  out.push("");
  out.push("<!-- Generated by `npm run db:docs` (scripts/db-docs.ts) from prisma/schema. Do not edit by hand. -->");
  out.push("");
  out.push(
    `${models.length} tables and ${enumList.length} enums in ${files.length} schema files. Types are PostgreSQL's as Prisma ` +
      "creates them (`TIMESTAMP(3)` for Prisma `DateTime`). Integrity the Prisma schema cannot express " +
      "(CHECK constraints, partial and NULLS NOT DISTINCT indexes, triggers) is listed under each table from prisma/migrations.",
  );
  out.push("");
  out.push("## Domains");
  out.push("");
  for (const file of files) {
    if (!file.models.length) continue;
    const anchor = `domain-${file.name.replace(/\.prisma$/, "")}`;
    out.push(`- [${file.domain}](#${anchor}) (\`prisma/schema/${file.name}\`): ${file.models.map((m) => `\`${table(byName.get(m)!)}\``).join(", ")}`);
  }
  out.push("");

  for (const file of files) {
    if (!file.models.length) continue;
    out.push(`<a id="domain-${file.name.replace(/\.prisma$/, "")}"></a>`);
    out.push("");
    out.push(`## ${file.domain}`);
    out.push("");
    if (file.description) out.push(file.description, "");
    out.push(`Source: \`prisma/schema/${file.name}\``);
    out.push("");

    // Mermaid ER diagram of this domain; tables of other domains appear as bare entities.
    out.push("```mermaid");
    out.push("erDiagram");
    for (const name of file.models) {
      const model = byName.get(name)!;
      const fks = new Set(model.fields.filter((f) => f.kind === "object").flatMap((f) => f.relationFromFields ?? []));
      out.push(`  ${table(model)} {`);
      for (const field of model.fields.filter((f) => f.kind !== "object")) {
        const keys = [field.isId ? "PK" : "", fks.has(field.name) ? "FK" : "", field.isUnique ? "UK" : ""].filter(Boolean).join(", ");
        out.push(`    ${mermaidType(dbType(field, enums))} ${column(field)}${keys ? ` ${keys}` : ""}`);
      }
      out.push("  }");
    }
    for (const name of file.models) {
      const model = byName.get(name)!;
      for (const rel of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
        const target = byName.get(rel.type)!;
        const fkFields = rel.relationFromFields!.map((n) => model.fields.find((f) => f.name === n)!);
        const oneToOne = fkFields.length === 1 && fkFields[0].isUnique;
        const parentSide = rel.isRequired ? "||" : "|o";
        const childSide = oneToOne ? "o|" : "o{";
        out.push(`  ${table(target)} ${parentSide}--${childSide} ${table(model)} : "${fkFields.map(column).join(", ")}"`);
      }
    }
    out.push("```");
    out.push("");

    for (const name of file.models) {
      const model = byName.get(name)!;
      const t = table(model);
      out.push(`### \`${t}\``);
      out.push("");
      if (model.documentation) out.push(`${model.documentation.replace(/\n/g, " ")}`, "");
      out.push(`Prisma model \`${model.name}\`.`);
      out.push("");
      out.push("| Column | Type | Nullable | Default | References | Notes |");
      out.push("|--------|------|----------|---------|------------|-------|");
      const references = new Map<string, string>();
      for (const rel of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
        const target = byName.get(rel.type)!;
        rel.relationFromFields!.forEach((from, i) => {
          const toField = target.fields.find((f) => f.name === rel.relationToFields![i]);
          references.set(from, `\`${table(target)}.${toField ? column(toField) : rel.relationToFields![i]}\` (on delete ${rel.relationOnDelete ?? "default"})`);
        });
      }
      for (const field of model.fields.filter((f) => f.kind !== "object")) {
        const notes = [field.isId ? "primary key" : "", field.isUnique ? "unique" : "", field.documentation ?? ""].filter(Boolean).join("; ");
        out.push(
          `| \`${column(field)}\` | ${cell(dbType(field, enums))} | ${nullable(model, field) ? "Yes" : "No"} | ${cell(formatDefault(field))} | ${references.get(field.name) ?? ""} | ${cell(notes)} |`,
        );
      }
      out.push("");

      const columnOf = (fieldName: string) => column(model.fields.find((f) => f.name === fieldName)!);
      const modelIndexes = indexes.filter((i) => i.model === model.name && i.type !== "id");
      if (modelIndexes.length) {
        out.push("**Indexes:**");
        out.push("");
        for (const index of modelIndexes) {
          const cols = index.fields.map((f) => `\`${columnOf(f.name)}\``).join(", ");
          const kind = index.type === "unique" ? "unique" : index.type === "fulltext" ? "fulltext" : "index";
          out.push(`- ${kind} (${cols})${index.dbName ? ` as \`${index.dbName}\`` : ""}`);
        }
        out.push("");
      }

      const relations = model.fields.filter((f) => f.kind === "object");
      if (relations.length) {
        out.push("**Relations:**");
        out.push("");
        for (const rel of relations) {
          const target = table(byName.get(rel.type)!);
          if (rel.relationFromFields?.length) {
            const cols = rel.relationFromFields.map((n) => `\`${columnOf(n)}\``).join(", ");
            out.push(`- \`${rel.name}\`: ${rel.isRequired ? "belongs to" : "optionally belongs to"} \`${target}\` via ${cols}`);
          } else {
            out.push(`- \`${rel.name}\`: ${rel.isList ? "has many" : "has one"} \`${target}\``);
          }
        }
        out.push("");
      }

      const extra = integrity.filter((i) => i.table === t);
      if (extra.length) {
        out.push("**Integrity in migrations:**");
        out.push("");
        for (const item of extra) out.push(`- \`${item.statement}\`${item.comment ? `: ${item.comment}` : ""}`);
        out.push("");
      }
    }
  }

  out.push("## Enums");
  out.push("");
  out.push("| Enum | Prisma name | Values |");
  out.push("|------|-------------|--------|");
  for (const e of [...enumList].sort((a, b) => (a.dbName ?? a.name).localeCompare(b.dbName ?? b.name))) {
    const values = e.values.map((v) => `\`${v.name}\`${v.documentation ? ` (${v.documentation})` : ""}`).join(", ");
    out.push(`| \`${e.dbName ?? e.name}\` | \`${e.name}\` | ${cell(values)} |`);
  }
  out.push("");
  return out.join("\n");
}

const files = readSchemaFiles();
const dmmf = getDMMF(files.map((f) => [path.join("prisma/schema", f.name), f.content]));
mkdirSync(path.dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, render(files, dmmf));
console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}: ${dmmf.datamodel.models.length} tables, ${dmmf.datamodel.enums.length} enums`);
