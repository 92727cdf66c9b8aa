import "server-only";
import { createDbClient, type DbClient } from "./create-db-client";

const globalForDb = globalThis as unknown as { __scrDb?: DbClient };

function getDb(): DbClient {
  globalForDb.__scrDb ??= createDbClient(requireDatabaseUrl());
  return globalForDb.__scrDb;
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` (embedded database) or set DATABASE_URL to a PostgreSQL URL.");
  }
  return url;
}

/** The app's Prisma client, created on first use so that importing it never needs a database. */
export const db: DbClient = new Proxy({} as DbClient, {
  get: (_target, property) => Reflect.get(getDb(), property, getDb()),
});
