/** npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded database. */
import { applyMigrations } from "@/lib/db/migrations";
import { resolveDatabase } from "@/lib/db/resolve-database";
import { describeDatabaseFailure } from "@/lib/db/describe-database-failure";

const db = await resolveDatabase().catch((error) => {
  console.error(describeDatabaseFailure(error));
  process.exit(1);
});
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}` : "Database is up to date: no migration to apply.");
} catch (error) {
  console.error(describeDatabaseFailure(error));
  process.exitCode = 1;
} finally {
  await db.stop();
}
