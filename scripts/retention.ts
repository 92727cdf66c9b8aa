/**
 * npm run retention [-- --dry-run]: applies the data dictionary's retention now (the nightly job's
 * work), or with --dry-run only counts what it would archive and remove.
 */
import { unsafeRunRetention } from "@/lib/retention/run-retention";

const dryRun = process.argv.includes("--dry-run");
const outcomes = await unsafeRunRetention({ dryRun });
console.table(
  outcomes.map((o) => ({
    table: o.policy,
    "older than": o.cutoff.slice(0, 10),
    due: o.due,
    ...(dryRun ? {} : { archived: o.archived, removed: o.removed, objects: o.objects.length }),
  })),
);
console.log(dryRun ? "Dry run: nothing was archived or removed." : "Done.");
process.exit(0);
