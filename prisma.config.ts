import { defineConfig } from "prisma/config";

// The CLI only generates the client here; migrations run through lib/db/migrate (WASM engine),
// so the datasource URL is optional for the CLI.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
