import { createHmac } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { AppError } from "@/lib/errors/app-error";
import { GUEST_SESSION_DAYS } from "./guest-rules";

export type GuestSessionClaims = { guestId: string; roomId: string; redeemedAt: Date };

const ISSUER = "scr-deal-room-guest";

/** A key of its own, derived from AUTH_SECRET: a guest cookie never passes as a user session, and vice versa. */
function guestKey(): Uint8Array {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) throw new AppError("CONFIGURATION", "Guest sessions are signed with AUTH_SECRET: set it to at least 32 characters.");
  return createHmac("sha256", secret).update("scr-platform/deal-room-guest-session/v1").digest();
}

/**
 * The guest's cookie names the guest row, the room (as audience) and the redemption time: a new
 * invite for the same address, once redeemed, changes that time and so ends every older session.
 */
export async function signGuestSession(claims: GuestSessionClaims): Promise<{ value: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + GUEST_SESSION_DAYS * 86_400_000);
  const value = await new SignJWT({ rat: claims.redeemedAt.getTime() })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.guestId)
    .setAudience(claims.roomId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(guestKey());
  return { value, expiresAt };
}

/** The claims of an authentic, unexpired cookie for this room; null for anything else. */
export async function readGuestSession(value: string | undefined, roomId: string): Promise<GuestSessionClaims | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtVerify(value, guestKey(), { issuer: ISSUER, audience: roomId, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.rat !== "number") return null;
    return { guestId: payload.sub, roomId, redeemedAt: new Date(payload.rat) };
  } catch {
    return null;
  }
}
