import { AppError } from "@/lib/errors/app-error";

/** Parses DATABASE_URL up front so a typo reads as a typo, not as a driver stack trace. */
export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("CONFIGURATION", "DATABASE_URL is not a valid URL (expected postgresql://user@host:port/database).");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new AppError("CONFIGURATION", `DATABASE_URL must start with postgresql:// (got ${url.protocol}//).`);
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new AppError("CONFIGURATION", "DATABASE_URL must name a host and a database.");
  }
  return url;
}

export function describeDatabaseUrl(raw: string): string {
  const url = parseDatabaseUrl(raw);
  return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
