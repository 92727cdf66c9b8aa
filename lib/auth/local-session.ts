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

export async function signLocalSession(userId: string, ttlSeconds = LOCAL_SESSION_TTL_SECONDS): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .setIssuer("scr-local")
    .sign(secretKey());
}

/** The user id of a valid, unexpired session token; null for anything else. */
export async function verifyLocalSession(token: string | undefined): Promise<string | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, secretKey(), { issuer: "scr-local", algorithms: ["HS256"] });
    return typeof payload.sub === "string" ? payload.sub : null;
  } catch {
    return null;
  }
}
