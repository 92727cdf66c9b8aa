/**
 * Prisma's own schema engine, compiled to WASM, driven through the pg driver adapter.
 *
 * The engine binary cannot be downloaded in every environment we run in, so migrations use the
 * WASM build. Its package `exports` point at an ESM `.wasm` import that Node cannot load, so we
 * instantiate the module ourselves and hand it to the wasm-bindgen glue.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let gluePromise: Promise<Glue> | undefined;

/** The engine reports a Rust panic's message here before it aborts. */
const panicRegistry = {
  message: "",
  set_message(message: string) {
    panicRegistry.message = message;
  },
};

async function loadGlue(): Promise<Glue> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  const require = createRequire(import.meta.url);
  // The package exports no ./package.json; resolve its glue file and take the directory.
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Glue;
  const module = new WebAssembly.Module(readFileSync(path.join(pkgDir, "schema_engine_bg.wasm")));
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const entry of WebAssembly.Module.imports(module)) {
    imports[entry.module] ??= {};
    imports[entry.module][entry.name] = (glue as unknown as Record<string, WebAssembly.ImportValue>)[entry.name];
  }
  const instance = new WebAssembly.Instance(module, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  return glue;
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character

type RawQuery = Parameters<PgAdapter["queryRaw"]>[0];
type PgResult = { fields: { dataTypeID: number }[] };

/**
 * Two gaps between the pg adapter and the schema engine, closed for migration connections only:
 * - The engine reads pg_catalog's one-byte `"char"` columns (contype, relkind) as characters,
 *   but the adapter rejects that type. They are reported to the engine as Character columns.
 * - The adapter runs a script by splitting it on every `;`, which breaks function bodies and
 *   leaves half a migration behind when a statement fails. Sent whole, a script runs as one
 *   simple-protocol query in one implicit transaction: all of a migration applies, or none.
 */
function adaptForSchemaEngine(factory: PrismaPg) {
  const patch = (adapter: PgAdapter): PgAdapter => {
    const internals = adapter as unknown as { performIO(query: RawQuery): Promise<PgResult> };
    const performIO = internals.performIO.bind(adapter);
    const charColumns = new WeakMap<RawQuery, number[]>();
    internals.performIO = async (query) => {
      const result = await performIO(query);
      const indexes: number[] = [];
      result.fields?.forEach((field, index) => {
        if (field.dataTypeID !== PG_CHAR_OID) return;
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(index);
      });
      charColumns.set(query, indexes);
      return result;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const index of charColumns.get(query) ?? []) result.columnTypes[index] = CHARACTER_COLUMN as never;
      return result;
    };
    adapter.executeScript = async (script: string) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  };
  return {
    adapterName: factory.adapterName,
    provider: factory.provider as "postgres",
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

export type SchemaFile = { path: string; content: string };

export async function openSchemaEngine(databaseUrl: string, schemaFiles: SchemaFile[]): Promise<SchemaEngine> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const factory = bindMigrationAwareSqlAdapterFactory(adaptForSchemaEngine(new PrismaPg({ connectionString: databaseUrl })));
  const log = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
  };
  return glue.SchemaEngine.new({ datamodels: schemaFiles.map((f) => [f.path, f.content]) }, log, factory);
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };
