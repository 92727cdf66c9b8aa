import { randomBytes } from "node:crypto";
import type { RequestMeta } from "../lib/auth/tenant-context";
import type { DbClient } from "../lib/db/create-db-client";

/**
 * A signed-in session for a bench's HTTP requests: a fresh AUTH_SECRET (the server it starts must
 * get the same one) and the local session cookie of `userId`.
 */
export async function benchSession(db: DbClient, userId: string, request: RequestMeta = { ipAddress: "127.0.0.1", userAgent: "npm run bench" }) {
  const secret = randomBytes(32).toString("hex");
  process.env.AUTH_SECRET = secret;
  // Imported after AUTH_SECRET is set: the session modules read it when they load.
  const { LOCAL_SESSION_COOKIE } = await import("../lib/auth/local-session");
  const { startLocalSession } = await import("../lib/auth/sessions/start-local-session");
  return { secret, cookie: `${LOCAL_SESSION_COOKIE}=${await startLocalSession(db, userId, request)}` };
}
