/**
 * npm run db:migration -- <name> [--force]
 * Writes the next migration from the diff between prisma/migrations and prisma/schema.
 * A migration that would lose data is refused unless --force is given.
 */
import { planMigration, writeMigration } from "@/lib/db/migrations";
import { describeDatabaseFailure } from "@/lib/db/describe-database-failure";

const args = process.argv.slice(2);
const force = args.includes("--force");
const name = args.find((arg) => !arg.startsWith("--"));
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name> [--force]");
  process.exit(2);
}

try {
  const plan = await planMigration(name);
  if (!plan.sql) {
    console.log("The schema matches the migrations: nothing to write.");
  } else if (plan.warnings.length && !force) {
    console.error("This migration would lose data, so it was not written (re-run with --force to accept):");
    for (const warning of plan.warnings) console.error(`  - ${warning}`);
    process.exitCode = 1;
  } else {
    console.log(`Wrote ${writeMigration(plan)}/migration.sql — apply it with npm run db:migrate`);
  }
} catch (error) {
  console.error(describeDatabaseFailure(error));
  process.exitCode = 1;
}
