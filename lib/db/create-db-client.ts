import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { parseDatabaseUrl } from "./database-url";

export type DbClient = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** A Prisma client over the pg driver adapter; no query-engine binary involved. */
export function createDbClient(databaseUrl: string): DbClient {
  parseDatabaseUrl(databaseUrl);
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max }) });
}
