/**
 * npm run db:reset -- --yes — drops every table of the database, re-applies the migrations and
 * loads the demo data. Destroys data, so it asks for --yes.
 */
import { createDbClient } from "../lib/db/create-db-client";
import { describeDatabaseFailure } from "../lib/db/describe-database-failure";
import { applyMigrations } from "../lib/db/migrations";
import { resolveDatabase } from "../lib/db/resolve-database";
import { seedDemoData } from "../prisma/seed/seed-demo-data";
import { openFileStorage } from "./lib/open-file-storage";
import pg from "pg";

if (!process.argv.includes("--yes")) {
  console.error("db:reset deletes all data in the database. Run: npm run db:reset -- --yes");
  process.exit(2);
}
const database = await resolveDatabase();
try {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await client.end();
  const applied = await applyMigrations(database.url);
  const db = createDbClient(database.url);
  const files = await openFileStorage();
  await seedDemoData(db, files.storage).finally(() => files.stop());
  await db.$disconnect();
  console.log(`Reset: ${applied.length} migration(s) applied, demo data loaded.`);
} catch (error) {
  console.error(describeDatabaseFailure(error));
  process.exitCode = 1;
} finally {
  await database.stop();
}
