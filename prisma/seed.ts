/** npm run db:seed — loads the demo tenants into DATABASE_URL (or the embedded database), their files into S3_BUCKET (or the embedded store). */
import { createDbClient } from "../lib/db/create-db-client";
import { describeDatabaseFailure } from "../lib/db/describe-database-failure";
import { resolveDatabase } from "../lib/db/resolve-database";
import { openFileStorage } from "../scripts/lib/open-file-storage";
import { seedDemoData } from "./seed/seed-demo-data";

const database = await resolveDatabase();
const db = createDbClient(database.url);
const files = await openFileStorage();
try {
  const started = Date.now();
  await seedDemoData(db, files.storage);
  const [orgs, users, projects] = await Promise.all([db.organization.count(), db.user.count(), db.project.count()]);
  console.log(`Seeded in ${Date.now() - started} ms: ${orgs} organisations, ${users} users, ${projects} projects.`);
} catch (error) {
  console.error(describeDatabaseFailure(error));
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await files.stop();
  await database.stop();
}
