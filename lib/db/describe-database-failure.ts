import { isAppError } from "@/lib/errors/app-error";

/** Turns driver and engine failures into one line a developer can act on. */
export function describeDatabaseFailure(error: unknown): string {
  if (isAppError(error)) return error.message;
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error);
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|DatabaseNotReachable|Can't reach database/i.test(text)) {
    return "Cannot reach the database: is PostgreSQL running at DATABASE_URL? (Unset DATABASE_URL to use the embedded database.)";
  }
  if (/does not exist/i.test(text) && /database/i.test(text)) {
    return "The database named in DATABASE_URL does not exist: create it first (createdb <name>).";
  }
  const failedMigration = /migration[`\s"]+([0-9]{14}_[\w-]+)/i.exec(text)?.[1];
  if (failedMigration) return `Migration ${failedMigration} failed and was not applied: ${error instanceof Error ? error.message : text}`;
  return error instanceof Error ? error.message : text;
}
