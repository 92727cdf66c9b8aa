import "server-only";
import { db } from "@/lib/db/client";

type PgQuery = { text: string; values?: unknown[] };

const returnsRows = (text: string) => /^\s*select\b/i.test(text) || /\breturning\b/i.test(text);

/** The store keeps epoch milliseconds in a BIGINT, which Prisma reads as bigint; the library does arithmetic on numbers. */
const plainRow = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value]));

/** Epoch milliseconds do not fit a 32-bit integer: sent as bigint so the server never guesses int4. */
const toParameter = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && Math.abs(value) > 2 ** 31 - 1 ? BigInt(value) : value);

/**
 * RateLimiterPostgres speaks node-postgres (`query({ text, values })` -> `{ rows, rowCount }`).
 * This answers it through the app's own Prisma client instead of a second pool: the embedded
 * PGlite server runs every connection in one session, where a second pool's statements could
 * interleave with the app's (see tests/support/setup-env.ts), and the library's SQL (one atomic
 * INSERT ... ON CONFLICT per check) is the same either way.
 */
export const prismaPgClient = {
  async query({ text, values = [] }: PgQuery): Promise<{ rows: Record<string, unknown>[]; rowCount: number }> {
    const parameters = values.map(toParameter);
    if (returnsRows(text)) {
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(text, ...parameters);
      return { rows: rows.map(plainRow), rowCount: rows.length };
    }
    return { rows: [], rowCount: await db.$executeRawUnsafe(text, ...parameters) };
  },
};
