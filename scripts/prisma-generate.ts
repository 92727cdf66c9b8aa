/**
 * `prisma generate` with no engine download.
 *
 * Prisma 7's `prisma-client` generator needs no query engine, but the CLI still tries to fetch
 * the schema-engine binary unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file. Generate
 * never runs it, so a stub satisfies the check; migrations go through the WASM engine instead
 * (see lib/db/migrate).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const stubDir = path.resolve("node_modules/.cache/scr-prisma");
const stub = path.join(stubDir, "schema-engine-stub");
if (!existsSync(stub)) {
  mkdirSync(stubDir, { recursive: true });
  writeFileSync(stub, "#!/bin/sh\necho 'schema-engine binary is not used: run npm run db:migrate' >&2\nexit 1\n");
  chmodSync(stub, 0o755);
}

const prismaBin = path.resolve("node_modules/.bin/prisma");
if (!existsSync(prismaBin)) {
  console.log("prisma CLI not installed yet; skipping generate");
  process.exit(0);
}
const result = spawnSync(prismaBin, ["generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
