/**
 * npm run db:app-role -- <role> — run as the database owner after `npm run db:migrate`: makes <role>
 * (default scr_app) the app's least-privilege login (lib/db/grant-app-role.ts) with the password in
 * APP_DB_PASSWORD, and prints the DATABASE_URL the app should then use. Re-run after each migration
 * so new tables are granted too.
 */
import { grantAppRole, urlAsRole } from "@/lib/db/grant-app-role";

const ownerUrl = process.env.DATABASE_URL;
if (!ownerUrl) {
  console.error("Set DATABASE_URL to the owner's connection (the one migrations run as).");
  process.exit(1);
}
const role = process.argv[2] ?? "scr_app";
const password = process.env.APP_DB_PASSWORD;
await grantAppRole(ownerUrl, role, password);
console.log(`Role ${role} can read and write data only; audit and access logs are append-only for it.`);
console.log(`App connection: ${urlAsRole(ownerUrl, role, password ? "<APP_DB_PASSWORD>" : undefined)}`);
