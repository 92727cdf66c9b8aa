/**
 * Local-mode session: a signed (HS256) cookie naming the user. Verified on every request by the
 * proxy and again when the tenant context is resolved; the user row decides the tenant.
 */
import { jwtVerify, SignJWT } from "jose";

export const LOCAL_SESSION_COOKIE = "scr_session";
export const LOCAL_SESSION_TTL_SECONDS = 60 * 60 * 12;

function secretKey(): Uint8Array {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error("AUTH_SECRET must be set to at least 32 characters for local sessions (npm run dev sets one).");
  }
  return new TextEncoder().encode(secret);
}

/**
 * Signs a session cookie. `sessionId` names its user_sessions row (lib/auth/sessions), which the
 * tenant lookup checks on every request so a session can be ended before the token expires.
 */
export async function signLocalSession(userId: string, sessionId?: string, ttlSeconds = LOCAL_SESSION_TTL_SECONDS): Promise<string> {
  const jwt = new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject(userId).setIssuedAt().setExpirationTime(`${ttlSeconds}s`).setIssuer("scr-local");
  return (sessionId ? jwt.setJti(sessionId) : jwt).sign(secretKey());
}

/** The user and session of a valid, unexpired session token; null for anything else. */
export async function readLocalSession(token: string | undefined): Promise<{ userId: string; sessionId: string | null } | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secretKey(), { issuer: "scr-local", algorithms: ["HS256"] });
    return typeof payload.sub === "string" ? { userId: payload.sub, sessionId: typeof payload.jti === "string" ? payload.jti : null } : null;
  } catch {
    return null;
  }
}

/** The user id of a valid, unexpired session token; null for anything else (the proxy's check: signature only). */
export async function verifyLocalSession(token: string | undefined): Promise<string | null> {
  return (await readLocalSession(token))?.userId ?? null;
}
