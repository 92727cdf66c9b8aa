import { createDbClient, type DbClient } from "@/lib/db/create-db-client";
import { db } from "./test-db";

let owner: DbClient | null = null;

/**
 * The database owner's connection, for the rare test that must do what the app's role may not
 * (remove evidence rows to stage a scenario). On the embedded database there is one connection and
 * no roles: the shared client is the owner.
 */
export function ownerDb(): DbClient {
  const url = process.env.OWNER_DATABASE_URL;
  if (!url || url === process.env.DATABASE_URL) return db;
  owner ??= createDbClient(url);
  return owner;
}
